import { addMonthsToDate, dayOf, type IsoDate } from '@shared/dates'

export const PROGRESS_RANGES = ['3m', '6m', '12m', 'all'] as const
export type ProgressRange = (typeof PROGRESS_RANGES)[number]

export const RANGE_LABELS: Record<ProgressRange, string> = {
  '3m': '3 months',
  '6m': '6 months',
  '12m': '12 months',
  all: 'All'
}

const RANGE_MONTHS: Record<Exclude<ProgressRange, 'all'>, number> = { '3m': 3, '6m': 6, '12m': 12 }

/** The first calendar day the range shows; null when it shows the whole history. */
export function rangeStartDay(range: ProgressRange, today: IsoDate): IsoDate | null {
  return range === 'all' ? null : addMonthsToDate(today, -RANGE_MONTHS[range])
}

/** The items dated on or after the range's first day (all of them for "All"). */
export function withinRange<T extends { date: string }>(
  items: readonly T[],
  from: IsoDate | null
): T[] {
  return from === null ? [...items] : items.filter((item) => dayOf(item.date) >= from)
}
