import { describe, expect, it } from 'vitest'
import { addDaysToDateTime, dayOf, toTimestamp } from '@shared/dates'
import { DEFAULT_RACE_WINDOW } from '@shared/domain/settings'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildProgressChart, type ProgressChartInput } from './chart'

const today = '2026-03-16'
const input = (overrides: Partial<ProgressChartInput>): ProgressChartInput => ({
  sessions: [],
  races: [],
  raceWindow: DEFAULT_RACE_WINDOW,
  today,
  from: null,
  plotWidth: 800,
  ...overrides
})

const course = (n: number, first = '2026-01-05T09:00', everyDays = 7) =>
  Array.from({ length: n }, (_, i) =>
    buildSession({
      id: `s-${i}`,
      date: addDaysToDateTime(first, i * everyDays),
      painBefore: Math.max(0, 7 - i),
      painAfter: Math.max(0, 5 - i),
      followUps: [
        {
          id: `f-${i}`,
          checkpoint: '24h',
          recordedAt: addDaysToDateTime(first, i * everyDays + 1),
          soreness: 3,
          note: ''
        }
      ]
    })
  )

describe('buildProgressChart', () => {
  it('draws every session, its follow-ups, the races, their windows and the band', () => {
    const races = [
      buildRace({ id: 'a', date: '2026-03-25', priority: 'A' }),
      buildRace({ id: 'c', date: '2026-02-14', priority: 'C', name: 'Valentine 5K' })
    ]
    const chart = buildProgressChart(input({ sessions: course(6), races }))
    expect(chart.sessions).toHaveLength(6)
    expect(chart.drawn).toHaveLength(6)
    expect(chart.drawn[0]!.label).toBe('Session 5 Jan 2026, 09:00: pain 7 before, 5 after')
    expect(chart.series[5]).toEqual({ t: chart.sessions[5]!.t, before: 2, after: 0 })
    expect(chart.isDownsampled).toBe(false)
    expect(chart.followUps).toHaveLength(6)
    expect(chart.markers.map((m) => m.id)).toEqual(['c', 'a'])
    expect(chart.windows.map((w) => w.raceId)).toEqual(['a', 'c'])
    expect(chart.band?.baseline).toBe(7)
    expect(chart.band?.upTo).toBeCloseTo(4.9)
    expect(chart.domain[0]).toBeLessThan(chart.sessions[0]!.t)
    expect(chart.domain[1]).toBeGreaterThan(toTimestamp('2026-03-25T12:00'))
  })

  it('with one session has a usable domain and a band from that session', () => {
    const chart = buildProgressChart(input({ sessions: course(1, '2026-03-16T08:00') }))
    expect(chart.drawn).toHaveLength(1)
    expect(chart.domain[1] - chart.domain[0]).toBeGreaterThan(24 * 3_600_000)
    expect(chart.band?.baseline).toBe(7)
    expect(chart.ticks.length).toBeGreaterThan(0)
  })

  it('with no races has no markers, windows or label rows', () => {
    const chart = buildProgressChart(input({ sessions: course(4) }))
    expect(chart.markers).toEqual([])
    expect(chart.windows).toEqual([])
    expect(chart.labelLanes).toBe(0)
  })

  it('with every session on one day keeps them all, in order', () => {
    const sessions = course(3, '2026-03-10T09:00', 0).map((s, i) => ({
      ...s,
      date: `2026-03-10T${String(9 + i).padStart(2, '0')}:00`
    }))
    const chart = buildProgressChart(input({ sessions }))
    expect(chart.drawn.map((s) => s.id)).toEqual(['s-0', 's-1', 's-2'])
    expect(new Set(chart.sessions.map((s) => dayOf(s.date))).size).toBe(1)
    expect(chart.domain[0]).toBeLessThan(toTimestamp('2026-03-10'))
  })

  it('shows a race with no session before it', () => {
    const race = buildRace({ id: 'early', date: '2025-10-12', priority: 'B' })
    const chart = buildProgressChart(input({ sessions: course(3), races: [race] }))
    expect(chart.markers.map((m) => m.id)).toEqual(['early'])
    expect(chart.windows).toHaveLength(1)
    expect(chart.domain[0]).toBeLessThan(toTimestamp('2025-10-09'))
  })

  it('downsamples a long history to the width and draws only the kept sessions’ follow-ups', () => {
    const sessions = course(1000, '2020-06-01T09:00', 2)
    const chart = buildProgressChart(input({ sessions, plotWidth: 600 }))
    expect(chart.sessions).toHaveLength(1000)
    expect(chart.drawn).toHaveLength(300)
    expect(chart.isDownsampled).toBe(true)
    const kept = new Set(chart.drawn.map((s) => s.id))
    expect(chart.followUps).toHaveLength(300)
    expect(chart.followUps.every((f) => kept.has(f.sessionId))).toBe(true)
  })

  it('has no band when no session has a pain score before treatment', () => {
    const sessions = course(2).map((s) => ({ ...s, painBefore: null }))
    expect(buildProgressChart(input({ sessions })).band).toBeNull()
  })
})
