import { daysBetween, dayOf, formatDate, type IsoDate } from '@shared/dates'
import {
  measureDefinition,
  type ClinicMeasure,
  type MeasureDefinition
} from '@shared/domain/measures/catalogue'
import {
  describeChange,
  displayUnit,
  displayValue,
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
  const moved: {
    change: MeasureChange & { label: string }
    def: MeasureDefinition
    weight: number
  }[] = []
  for (const [id, list] of readings) {
    const def = measureDefinition(id, input.clinicMeasures)
    if (!def || list.length < 2) continue
    const key = def.isSided ? (input.injuredSide ?? 'left') : 'value'
    const taken = list.filter((r) => r[key] !== null)
    const a = taken[0]
    const b = taken[taken.length - 1]
    if (!a || !b || a === b) continue
    const label = def.isSided ? `${def.shortName}, ${key} side,` : `${def.shortName}`
    const change = describeChange(
      def,
      label,
      { value: a[key]!, date: a.date },
      { value: b[key]!, date: b.date },
      input.units
    )
    if (change.verdict === 'same') continue
    if (def.threshold && !change.isBeyondThreshold) continue
    moved.push({
      change: { ...change, label },
      def,
      weight: Math.abs(change.delta) / Math.max(1, def.max - def.min)
    })
  }
  moved.sort(
    (x, y) =>
      Number(y.change.verdict === 'better') - Number(x.change.verdict === 'better') ||
      y.weight - x.weight
  )
  const shown = moved.slice(0, MAX_PROGRESS_LINES)
  if (shown.length === 0) return []
  const since = shown.map((m) => m.change.from.date).sort()[0]!
  const parts = shown.map(({ change, def }) => {
    const unit = displayUnit(def, input.units)
    const suffix = unit === '/10' ? '/10' : unit ? ` ${unit}` : ''
    const tail = change.isClinicallyImportant
      ? ', a clinically important improvement'
      : change.isBeyondThreshold && def.threshold?.kind === 'mdc'
        ? ' (more than a measurement can vary)'
        : ''
    return `${change.label} ${displayValue(def, change.from.value, input.units)} → ${displayValue(def, change.to.value, input.units)}${suffix}${tail}`
  })
  // One sentence for the measures and one for the race keep the sheet to one page.
  const lines = [`Since ${formatDate(since)}: ${parts.join('; ')}.`]
  if (input.race) {
    const days = daysBetween(dayOf(upTo), input.race.date)
    const better = moved.filter((m) => m.change.verdict === 'better').length
    const worse = moved.length - better
    const when = `${input.race.name} in ${days} ${days === 1 ? 'day' : 'days'}`
    if (days >= 0)
      lines.push(
        worse === 0
          ? `On track for ${when}.`
          : `${worse} ${worse === 1 ? 'measure' : 'measures'} went the wrong way: we will look at ${worse === 1 ? 'it' : 'them'} before ${when}.`
      )
  }
  return lines
}
