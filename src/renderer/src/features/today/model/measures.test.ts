import { describe, expect, it } from 'vitest'
import { emptyMeasureValue, type MeasureValue } from '@shared/domain/measures/values'
import type { Session } from '@shared/domain/session'
import { wrongWayAtLastVisit } from './measures'

const visit = (date: string, measures: MeasureValue[]): Session =>
  ({ id: date, date, measures, muscles: [] }) as unknown as Session
const ktw = (left: number): MeasureValue => ({ ...emptyMeasureValue('knee-to-wall'), left })
const visa = (value: number): MeasureValue => ({ ...emptyMeasureValue('visa-a'), value })

describe('measures that went the wrong way at the last visit', () => {
  it('names a measure worse than at the visit before that took it, beyond its threshold', () => {
    const newestFirst = [
      visit('2026-03-12T09:00', [ktw(7), visa(60)]),
      visit('2026-03-05T09:00', []),
      visit('2026-02-26T09:00', [ktw(10), visa(58)])
    ]
    expect(wrongWayAtLastVisit(newestFirst)).toEqual([
      'Knee-to-wall, left: 10 → 7 cm since 26 Feb 2026, more than the 1.9 cm a measurement can vary'
    ])
  })

  it('counts any fall of a measure without a threshold, and nothing within one', () => {
    expect(
      wrongWayAtLastVisit([
        visit('2026-03-12T09:00', [visa(55)]),
        visit('2026-03-01T09:00', [visa(60)])
      ])
    ).toEqual(['VISA-A: 60 → 55 points since 1 Mar 2026'])
    expect(
      wrongWayAtLastVisit([
        visit('2026-03-12T09:00', [ktw(9)]),
        visit('2026-03-01T09:00', [ktw(10)])
      ])
    ).toEqual([])
    expect(wrongWayAtLastVisit([visit('2026-03-12T09:00', [ktw(9)])])).toEqual([])
  })
})
