import { addDaysToDate, daysBetween, formatShortDate, weekStart, type IsoDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'

export type ClinicRace = { race: Race; patient: Patient }

export type RaceWeek = {
  /** Monday of the week. */
  start: IsoDate
  /** Sunday of the week. */
  end: IsoDate
  /** "This week", "Next week", "In 3 weeks". */
  label: string
  /** "16 – 22 Mar". */
  span: string
  races: ClinicRace[]
}

/** The last day shown when looking `weeks` ahead: the Sunday ending the last whole week. */
export function horizonEnd(today: IsoDate, weeks: number): IsoDate {
  return addDaysToDate(weekStart(today), weeks * 7 - 1)
}

function weekLabel(offset: number): string {
  if (offset === 0) return 'This week'
  if (offset === 1) return 'Next week'
  return `In ${offset} weeks`
}

function span(start: IsoDate, end: IsoDate): string {
  const [from, to] = [formatShortDate(start), formatShortDate(end)]
  return from.split(' ')[1] === to.split(' ')[1]
    ? `${from.split(' ')[0]} – ${to}`
    : `${from} – ${to}`
}

/**
 * Races from today to the horizon, grouped into weeks starting on Monday, every week of the
 * horizon present (empty ones too, so the calendar reads as a calendar); within a week by
 * date, then A before B before C, then by patient.
 */
export function groupRacesByWeek(
  rows: readonly ClinicRace[],
  today: IsoDate,
  weeks: number
): RaceWeek[] {
  const first = weekStart(today)
  const result: RaceWeek[] = Array.from({ length: weeks }, (_, i) => {
    const start = addDaysToDate(first, i * 7)
    const end = addDaysToDate(start, 6)
    return { start, end, label: weekLabel(i), span: span(start, end), races: [] }
  })
  const last = horizonEnd(today, weeks)
  for (const row of rows) {
    if (row.race.date < today || row.race.date > last) continue
    const index = Math.floor(daysBetween(first, row.race.date) / 7)
    result[index]?.races.push(row)
  }
  for (const week of result) {
    week.races.sort(
      (a, b) =>
        a.race.date.localeCompare(b.race.date) ||
        a.race.priority.localeCompare(b.race.priority) ||
        a.patient.sortName.localeCompare(b.patient.sortName)
    )
  }
  return result
}
