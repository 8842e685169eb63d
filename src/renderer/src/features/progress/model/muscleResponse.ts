import { measureDefinition, TIGHTNESS, type ClinicMeasure } from '@shared/domain/measures/catalogue'
import {
  describeChange,
  type DistanceUnit,
  type MeasureChange
} from '@shared/domain/measures/change'
import { valueNumbers } from '@shared/domain/measures/values'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'

export type MuscleResponse = {
  muscleId: string
  name: string
  sessions: number
  /** Tightness before needling, first of these sessions against the latest. */
  tightness: MeasureChange | null
  /** Mean fall in tightness within a session (before - after); null when never rated both. */
  meanDrop: number | null
  /** Each measure taken at two or more of these sessions: first against latest. */
  related: MeasureChange[]
}

/** Muscles needled this many times or more get a response row. */
export const MIN_SESSIONS_FOR_RESPONSE = 3

/**
 * Per needled muscle: how tightness and the measures taken at the same visits changed over
 * the sessions it was needled in. No threshold exists for tightness (docs/clinical-reference.md,
 * "Recovery beyond pain"), so its change is stated and never called clinically important.
 */
export function buildMuscleResponses(
  sessions: readonly Session[],
  clinic: readonly ClinicMeasure[],
  units: DistanceUnit
): MuscleResponse[] {
  const byMuscle = new Map<string, Session[]>()
  for (const s of sessions) {
    for (const id of new Set(s.muscles.map((m) => m.muscleId))) {
      const list = byMuscle.get(id)
      if (list) list.push(s)
      else byMuscle.set(id, [s])
    }
  }
  const rows: MuscleResponse[] = []
  for (const [muscleId, list] of byMuscle) {
    if (list.length < MIN_SESSIONS_FOR_RESPONSE) continue
    const name = muscleName(muscleId)
    const rated = list
      .map((s) => ({ s, m: s.muscles.find((m) => m.muscleId === muscleId)! }))
      .filter(({ m }) => m.tightnessBefore !== null)
    const a = rated[0]
    const b = rated[rated.length - 1]
    const tightness =
      a && b && a !== b
        ? describeChange(
            TIGHTNESS,
            `Tightness, ${name}`,
            { value: a.m.tightnessBefore!, date: a.s.date },
            { value: b.m.tightnessBefore!, date: b.s.date },
            units
          )
        : null
    const drops = rated
      .filter(({ m }) => m.tightnessAfter !== null)
      .map(({ m }) => m.tightnessBefore! - m.tightnessAfter!)
    const related: MeasureChange[] = []
    const measureIds = new Set(list.flatMap((s) => s.measures.map((v) => v.measureId)))
    for (const id of measureIds) {
      const def = measureDefinition(id, clinic)
      if (!def || def.kind === 'psfs') continue
      const key = def.isSided ? null : 'value'
      const taken = list.flatMap((s) => {
        const v = s.measures.find((x) => x.measureId === id)
        if (!v) return []
        const n = valueNumbers(v, def)
        // A sided measure follows the side this muscle was needled on, when it is one side.
        const side = s.muscles.find((m) => m.muscleId === muscleId)?.side
        const value = key ? n.value : side === 'right' ? n.right : n.left
        return value === null ? [] : [{ value, date: s.date, side }]
      })
      if (taken.length < 2) continue
      const from = taken[0]!
      const to = taken[taken.length - 1]!
      const label = def.isSided
        ? `${def.shortName}, ${from.side === 'right' ? 'right' : 'left'}`
        : def.shortName
      related.push(describeChange(def, label, from, to, units))
    }
    rows.push({
      muscleId,
      name,
      sessions: list.length,
      tightness,
      meanDrop: drops.length
        ? Math.round((drops.reduce((x, y) => x + y, 0) / drops.length) * 10) / 10
        : null,
      related
    })
  }
  return rows.sort((x, y) => y.sessions - x.sessions || x.name.localeCompare(y.name))
}
