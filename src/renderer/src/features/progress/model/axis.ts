import {
  addDaysToDate,
  addMonthsToDate,
  dayOf,
  daysBetween,
  formatMonth,
  formatShortDate,
  fromTimestamp,
  monthStart,
  toTimestamp,
  weekStart,
  type IsoDate
} from '@shared/dates'
import type { TimeDomain } from './races'

export type AxisTick = { t: number; label: string }

/** Upcoming races this close are always on the chart, so the run-up to them is visible. */
export const UPCOMING_RACE_HORIZON_DAYS = 56

/**
 * The time span the chart shows: from the range's first day (or, for the whole history, the
 * first session or race) to today, extended to the last session and the upcoming races
 * (the next one, and any within the horizon). Padded so points at the ends are not cut, and
 * never zero wide (one session, or all on one day).
 */
export function buildTimeDomain({
  from,
  today,
  sessionDays,
  raceDays
}: {
  from: IsoDate | null
  today: IsoDate
  sessionDays: readonly IsoDate[]
  raceDays: readonly IsoDate[]
}): TimeDomain {
  const upcoming = raceDays.filter((d) => d >= today).sort()
  const horizon = addDaysToDate(today, UPCOMING_RACE_HORIZON_DAYS)
  const shownRaces = raceDays.filter(
    (d) => (from === null || d >= from) && (d <= horizon || d === upcoming[0])
  )
  const days = [today, ...sessionDays, ...shownRaces]
  const first = from ?? days.reduce((a, b) => (b < a ? b : a))
  const last = days.reduce((a, b) => (b > a ? b : a))
  const start = toTimestamp(first)
  const end = toTimestamp(addDaysToDate(last, 1))
  const pad = Math.max(24 * 3_600_000, (end - start) * 0.02)
  return [from === null ? start - pad : start, end + pad]
}

/**
 * Ticks for the time axis: weeks (Mondays) for short spans, months for up to about a year,
 * quarters for up to three years, then years. A month label carries its year in January and
 * on the first tick.
 */
export function buildTimeTicks(domain: TimeDomain): AxisTick[] {
  const startDay = dayOf(fromTimestamp(domain[0]))
  const endDay = dayOf(fromTimestamp(domain[1]))
  const spanDays = daysBetween(startDay, endDay)
  if (spanDays <= 70) {
    const ticks: AxisTick[] = []
    for (let d = weekStart(startDay); d <= endDay; d = addDaysToDate(d, 7)) {
      const t = toTimestamp(d)
      if (t >= domain[0] && t <= domain[1]) ticks.push({ t, label: formatShortDate(d) })
    }
    return ticks
  }
  const step = spanDays <= 400 ? 1 : spanDays <= 3 * 366 ? 3 : 12
  let d = monthStart(startDay)
  while (Number(d.slice(5, 7)) % step !== 1 % step) d = addMonthsToDate(d, 1)
  const months: IsoDate[] = []
  for (; d <= endDay; d = addMonthsToDate(d, step)) {
    if (toTimestamp(d) >= domain[0] && toTimestamp(d) <= domain[1]) months.push(d)
  }
  return months.map((day, i) => {
    const [month, year] = formatMonth(day).split(' ')
    const label =
      step === 12 ? year! : i === 0 || day.slice(5, 7) === '01' ? `${month} ${year}` : month!
    return { t: toTimestamp(day), label }
  })
}
