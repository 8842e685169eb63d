import { describe, expect, it } from 'vitest'
import { emptyMeasureValue, type MeasureValue } from '@shared/domain/measures/values'
import type { Session } from '@shared/domain/session'
import { yourProgressLines, type ProgressLinesInput } from './progressLines'

const visit = (id: string, date: string, measures: MeasureValue[]): Session =>
  ({ id, date, measures, muscles: [] }) as unknown as Session
const ktw = (right: number): MeasureValue => ({
  ...emptyMeasureValue('knee-to-wall'),
  left: 12,
  right
})
const visa = (value: number): MeasureValue => ({ ...emptyMeasureValue('visa-a'), value })

const input = (over: Partial<ProgressLinesInput>): ProgressLinesInput => ({
  session: { date: '2026-03-10T09:00' },
  history: [],
  recordings: [],
  clinicMeasures: [],
  units: 'km',
  injuredSide: 'right',
  race: { name: 'Cascade Half Marathon', date: '2026-04-10' },
  ...over
})

describe('"Your progress" on the sheet', () => {
  it('says in plain words which measures moved, on the injured side, and how that stands with the next race', () => {
    const history = [
      visit('a', '2026-01-05T09:00', [ktw(8), visa(50)]),
      visit('b', '2026-03-10T09:00', [ktw(11.5), visa(70)]),
      visit('later', '2026-03-20T09:00', [ktw(2), visa(10)])
    ]
    expect(yourProgressLines(input({ history }))).toEqual([
      'Since 5 Jan 2026: VISA-A 50 → 70 points; Knee-to-wall, right side, 8 → 11.5 cm (more than a measurement can vary).',
      'On track for Cascade Half Marathon in 31 days.'
    ])
  })

  it('leaves out a change within what a measurement can vary, and says nothing without two readings', () => {
    const history = [
      visit('a', '2026-01-05T09:00', [ktw(8)]),
      visit('b', '2026-03-10T09:00', [ktw(9)])
    ]
    expect(yourProgressLines(input({ history }))).toEqual([])
    expect(yourProgressLines(input({ history: [history[0]!] }))).toEqual([])
  })

  it('names a measure that went the wrong way', () => {
    const history = [
      visit('a', '2026-01-05T09:00', [visa(70), ktw(8)]),
      visit('b', '2026-03-10T09:00', [visa(60), ktw(11)])
    ]
    const lines = yourProgressLines(input({ history }))
    expect(lines.at(-1)).toBe(
      '1 measure went the wrong way: we will look at it before Cascade Half Marathon in 31 days.'
    )
  })
})
