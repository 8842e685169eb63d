import { daysBetween, dayOf, type IsoDate } from '@shared/dates'
import { measureDefinition, type ClinicMeasure } from '@shared/domain/measures/catalogue'
import {
  describeChange,
  type DistanceUnit,
  type MeasureChange
} from '@shared/domain/measures/change'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { collectReadings } from '@shared/domain/measures/readings'
import type { InjuredSide } from '@shared/domain/measures/symmetry'
import type { Session } from '@shared/domain/session'

export type ProgressLinesInput = {
  /** The session the sheet is for: measures after it are not the runner's news yet. */
  session: Pick<Session, 'date'>
  /** The patient's sessions, any order. */
  history: readonly Session[]
  recordings: readonly MeasureRecording[]
  clinicMeasures: readonly ClinicMeasure[]
  units: DistanceUnit
  injuredSide: InjuredSide | null
  race: { name: string; date: IsoDate } | null
}

/** Lines about measures that moved; more would crowd the sheet. */
export const MAX_PROGRESS_LINES = 2

/**
 * "Your progress" on the take-home sheet: the measures that moved most since the first
 * reading, in plain words (a threshold named only where the reference gives one:
 * docs/clinical-reference.md, "Recovery beyond pain"), and how that stands with the next race.
 */
export function yourProgressLines(input: ProgressLinesInput): string[] {
  const upTo = input.session.date
  const sessions = input.history
    .filter((s) => s.date <= upTo)
    .sort((a, b) => a.date.localeCompare(b.date))
  const recordings = input.recordings.filter((r) => r.takenAt <= upTo)
  const readings = collectReadings(sessions, recordings, input.clinicMeasures)
  const moved: { change: MeasureChange; weight: number }[] = []
  for (const [id, list] of readings) {
    const def = measureDefinition(id, input.clinicMeasures)
    if (!def || list.length < 2) continue
    const key = def.isSided ? (input.injuredSide ?? 'left') : 'value'
    const taken = list.filter((r) => r[key] !== null)
    const a = taken[0]
    const b = taken[taken.length - 1]
    if (!a || !b || a === b) continue
    const label = def.isSided ? `${def.shortName}, ${key} side` : def.shortName
    const change = describeChange(
      def,
      label,
      { value: a[key]!, date: a.date },
      { value: b[key]!, date: b.date },
      input.units
    )
    if (change.verdict === 'same') continue
    if (def.threshold && !change.isBeyondThreshold) continue
    moved.push({ change, weight: Math.abs(change.delta) / Math.max(1, def.max - def.min) })
  }
  moved.sort(
    (x, y) =>
      Number(y.change.verdict === 'better') - Number(x.change.verdict === 'better') ||
      y.weight - x.weight
  )
  const lines = moved.slice(0, MAX_PROGRESS_LINES).map((m) => `${m.change.text}.`)
  if (lines.length > 0 && input.race) {
    const days = daysBetween(dayOf(upTo), input.race.date)
    const better = moved.filter((m) => m.change.verdict === 'better').length
    const worse = moved.length - better
    const tally =
      worse === 0
        ? `${better === 1 ? 'the measure above is' : 'your measures are'} moving the right way`
        : `${better} ${better === 1 ? 'measure has' : 'measures have'} improved and ${worse} ${worse === 1 ? 'has' : 'have'} gone the wrong way: we will look at ${worse === 1 ? 'it' : 'them'} at your next visit`
    if (days >= 0)
      lines.push(
        `With ${days} ${days === 1 ? 'day' : 'days'} to go to ${input.race.name}, ${tally}.`
      )
  }
  return lines
}
