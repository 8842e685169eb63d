import { daysBetween, dayOf, type IsoDate } from '@shared/dates'
import { measureDefinition, type ClinicMeasure } from '@shared/domain/measures/catalogue'
import { describeChange } from '@shared/domain/measures/change'
import { valueNumbers } from '@shared/domain/measures/values'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'

/** Sessions read back per runner to find each measure's reading before the last visit. */
export const MEASURE_LOOKBACK_SESSIONS = 6

/**
 * The measures the last visit recorded worse than the visit before that took them: beyond
 * the threshold where the reference gives one, any change the wrong way where it gives none
 * (docs/clinical-reference.md, "Recovery beyond pain"). `sessions` newest first.
 */
export function wrongWayAtLastVisit(
  sessions: readonly Session[],
  clinic: readonly ClinicMeasure[] = []
): string[] {
  const [last, ...earlier] = sessions
  if (!last) return []
  const worse: string[] = []
  for (const v of last.measures) {
    const def = measureDefinition(v.measureId, clinic)
    if (!def) continue
    const prev = earlier.find((s) => s.measures.some((m) => m.measureId === v.measureId))
    const pv = prev?.measures.find((m) => m.measureId === v.measureId)
    if (!prev || !pv) continue
    const now = valueNumbers(v, def)
    const before = valueNumbers(pv, def)
    for (const key of def.isSided ? (['left', 'right'] as const) : (['value'] as const)) {
      const a = before[key]
      const b = now[key]
      if (a === null || b === null) continue
      const label = def.isSided ? `${def.shortName}, ${key}` : def.shortName
      const change = describeChange(
        def,
        label,
        { value: a, date: prev.date },
        { value: b, date: last.date }
      )
      if (change.verdict === 'worse' && (!def.threshold || change.isBeyondThreshold)) {
        worse.push(change.text)
      }
    }
  }
  return worse
}

export type MeasureAlert = {
  race: Race
  patient: Patient
  daysLeft: number
  lastVisit: IsoDate
  worse: string[]
}

export function measureAlertOf(
  race: Race,
  patient: Patient,
  sessions: readonly Session[],
  today: IsoDate,
  clinic: readonly ClinicMeasure[] = []
): MeasureAlert | null {
  const worse = wrongWayAtLastVisit(sessions, clinic)
  if (worse.length === 0 || !sessions[0]) return null
  return {
    race,
    patient,
    daysLeft: daysBetween(today, race.date),
    lastVisit: dayOf(sessions[0].date),
    worse
  }
}
