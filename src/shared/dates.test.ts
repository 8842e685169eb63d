import { describe, expect, it } from 'vitest'
import {
  addDaysToDate,
  addMinutesToDateTime,
  addMonthsToDate,
  stampAfter,
  ageOn,
  daysBetween,
  formatDaysFrom,
  formatLongDate,
  isIsoDate,
  isLocalDateTime,
  minutesBetween,
  monthStart,
  parseIsoDate,
  weekStart
} from './dates'

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true)
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('26-01-01')).toBe(false)
    expect(parseIsoDate('2026-03-16')?.getDate()).toBe(16)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2026-04-31')).toBe(false)
    expect(isIsoDate('2026-00-10')).toBe(false)
    expect(parseIsoDate('0050-03-01')?.getFullYear()).toBe(50)
    expect(parseIsoDate('2026-03-16')?.getHours()).toBe(0)
  })

  it('accepts wall-clock date-times to the minute', () => {
    expect(isLocalDateTime('2026-03-16T09:30')).toBe(true)
    expect(isLocalDateTime('2026-03-16T24:30')).toBe(false)
    expect(isLocalDateTime('2026-03-16 09:30')).toBe(false)
    expect(isLocalDateTime('2026-03-16T09:60')).toBe(false)
    expect(isLocalDateTime('2026-02-30T09:00')).toBe(false)
    expect(isLocalDateTime('2026-12-31T23:59')).toBe(true)
  })

  it('counts calendar days and minutes across month ends', () => {
    expect(daysBetween('2026-03-30', '2026-04-02')).toBe(3)
    expect(daysBetween('2026-04-02', '2026-03-30')).toBe(-3)
    expect(daysBetween('2026-03-16T23:59', '2026-03-17')).toBe(1)
    expect(minutesBetween('2026-03-16T09:00', '2026-03-19T09:00')).toBe(72 * 60)
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('steps by months and minutes, clamping to the month end', () => {
    expect(addMonthsToDate('2026-03-16', -3)).toBe('2025-12-16')
    expect(addMonthsToDate('2026-03-31', -1)).toBe('2026-02-28')
    expect(monthStart('2026-03-16T09:30')).toBe('2026-03-01')
    expect(formatLongDate('2026-03-16')).toBe('Monday 16 March 2026')
    expect(addMinutesToDateTime('2026-03-16T22:30', 24 * 60 + 90)).toBe('2026-03-18T00:00')
  })

  it('gives age in whole years and the Monday of the week', () => {
    expect(ageOn('1991-04-12', '2026-04-11')).toBe(34)
    expect(ageOn('1991-04-12', '2026-04-12')).toBe(35)
    expect(weekStart('2026-03-22')).toBe('2026-03-16')
  })

  it('words a day count the way a countdown reads', () => {
    expect(formatDaysFrom(0)).toBe('today')
    expect(formatDaysFrom(1)).toBe('tomorrow')
    expect(formatDaysFrom(12)).toBe('in 12 days')
    expect(formatDaysFrom(-3)).toBe('3 days ago')
  })
})

describe('stampAfter', () => {
  it('is now when now is later, else a millisecond after the last stamp', () => {
    const now = new Date('2026-03-16T09:00:00.000Z')
    expect(stampAfter(now, null)).toBe('2026-03-16T09:00:00.000Z')
    expect(stampAfter(now, '2026-03-16T08:59:59.000Z')).toBe('2026-03-16T09:00:00.000Z')
    expect(stampAfter(now, '2026-03-16T09:00:00.000Z')).toBe('2026-03-16T09:00:00.001Z')
    expect(stampAfter(now, '2026-03-16T09:05:00.000Z')).toBe('2026-03-16T09:05:00.001Z')
  })
})
