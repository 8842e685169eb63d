import { toTimestamp, type LocalDateTime } from '../../dates'
import type { Session } from '../session'
import { measureDefinition, type ClinicMeasure } from './catalogue'
import type { MeasureRecording } from './record'
import { valueNumbers } from './values'

/** One reading of a measure: where it sits in time and its numbers (null where not taken). */
export type MeasurePoint = {
  t: number
  left: number | null
  right: number | null
  value: number | null
}

/** A reading as the builders see it, before drawing. */
export type Reading = MeasurePoint & { date: LocalDateTime; sessionId: string | null }

/** Every reading of every measure, from visits and from recordings between visits, oldest first. */
export function collectReadings(
  sessions: readonly Session[],
  recordings: readonly MeasureRecording[],
  clinic: readonly ClinicMeasure[]
): Map<string, Reading[]> {
  const byMeasure = new Map<string, Reading[]>()
  const add = (
    date: LocalDateTime,
    sessionId: string | null,
    values: Session['measures']
  ): void => {
    for (const v of values) {
      const def = measureDefinition(v.measureId, clinic)
      if (!def) continue
      const list = byMeasure.get(v.measureId) ?? []
      list.push({ t: toTimestamp(date), date, sessionId, ...valueNumbers(v, def) })
      byMeasure.set(v.measureId, list)
    }
  }
  for (const s of sessions) add(s.date, s.id, s.measures)
  for (const r of recordings) add(r.takenAt, null, r.values)
  for (const list of byMeasure.values()) list.sort((a, b) => a.t - b.t)
  return byMeasure
}
