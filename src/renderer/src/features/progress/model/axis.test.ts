import { describe, expect, it } from 'vitest'
import { fromTimestamp, toTimestamp } from '@shared/dates'
import { buildTimeDomain, buildTimeTicks } from './axis'
import type { TimeDomain } from './races'

const day = (t: number): string => fromTimestamp(t).slice(0, 10)

describe('buildTimeDomain', () => {
  const today = '2026-03-16'

  it('runs from the range start to today', () => {
    const [start, end] = buildTimeDomain({
      from: '2025-12-16',
      today,
      sessionDays: ['2026-01-05', '2026-02-10'],
      raceDays: []
    })
    expect(start).toBe(toTimestamp('2025-12-16'))
    expect(end).toBeGreaterThanOrEqual(toTimestamp('2026-03-17'))
    expect(end).toBeLessThan(toTimestamp('2026-03-21'))
  })

  it('is never zero wide: one session, or every session on one day', () => {
    const [start, end] = buildTimeDomain({
      from: null,
      today: '2026-03-16',
      sessionDays: ['2026-03-16', '2026-03-16', '2026-03-16'],
      raceDays: []
    })
    expect(start).toBeLessThan(toTimestamp('2026-03-16'))
    expect(end).toBeGreaterThan(toTimestamp('2026-03-17'))
  })

  it('for the whole history starts at the first session or an earlier race', () => {
    const [start] = buildTimeDomain({
      from: null,
      today,
      sessionDays: ['2025-11-03', '2026-03-13'],
      raceDays: ['2025-10-12']
    })
    expect(day(start) <= '2025-10-12').toBe(true)
    expect(day(start) >= '2025-10-01').toBe(true)
  })

  it('reaches the next race and the races of the coming eight weeks, not races beyond', () => {
    const [, end] = buildTimeDomain({
      from: '2025-12-16',
      today,
      sessionDays: ['2026-03-13'],
      raceDays: ['2026-03-25', '2026-05-03', '2026-10-04']
    })
    expect(day(end) > '2026-05-03').toBe(true)
    expect(day(end) < '2026-06-01').toBe(true)

    const [, farEnd] = buildTimeDomain({
      from: null,
      today,
      sessionDays: ['2026-03-13'],
      raceDays: ['2026-10-04']
    })
    expect(day(farEnd) > '2026-10-04').toBe(true)
  })

  it('leaves out races before the range start', () => {
    const [start] = buildTimeDomain({
      from: '2026-01-01',
      today,
      sessionDays: [],
      raceDays: ['2025-06-01']
    })
    expect(start).toBe(toTimestamp('2026-01-01'))
  })
})

describe('buildTimeTicks', () => {
  const domain = (from: string, to: string): TimeDomain => [toTimestamp(from), toTimestamp(to)]

  it('marks Mondays over a few weeks', () => {
    const ticks = buildTimeTicks(domain('2026-03-01', '2026-03-31'))
    expect(ticks.map((t) => t.label)).toEqual(['2 Mar', '9 Mar', '16 Mar', '23 Mar', '30 Mar'])
  })

  it('marks months over a year, with the year on the first and in January', () => {
    const ticks = buildTimeTicks(domain('2025-09-16', '2026-03-20'))
    expect(ticks.map((t) => t.label)).toEqual(['Oct 2025', 'Nov', 'Dec', 'Jan 2026', 'Feb', 'Mar'])
  })

  it('marks quarters over a few years and years beyond', () => {
    expect(buildTimeTicks(domain('2024-02-01', '2026-03-01')).map((t) => t.label)).toEqual([
      'Apr 2024',
      'Jul',
      'Oct',
      'Jan 2025',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2026'
    ])
    expect(buildTimeTicks(domain('2020-06-01', '2026-03-01')).map((t) => t.label)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026'
    ])
  })

  it('keeps every tick inside the domain, ascending', () => {
    const d = domain('2025-03-16', '2026-03-16')
    const ticks = buildTimeTicks(d)
    expect(ticks.every((t) => t.t >= d[0] && t.t <= d[1])).toBe(true)
    expect(ticks.map((t) => t.t)).toEqual([...ticks.map((t) => t.t)].sort((a, b) => a - b))
  })
})
