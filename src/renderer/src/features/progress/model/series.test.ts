import { describe, expect, it } from 'vitest'
import { addDaysToDateTime, toTimestamp } from '@shared/dates'
import { DEFAULT_RACE_WINDOW } from '@shared/domain/settings'
import { buildNeedledMuscle } from '../../../../../../tests/factories'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import {
  buildChartSessions,
  buildFollowUpPoints,
  downsampleSessions,
  sessionLabel,
  type ChartSession
} from './series'

const race = buildRace({ id: 'r-a', name: 'Portland Marathon', date: '2026-03-25', priority: 'A' })

describe('buildChartSessions', () => {
  it('gives each session its position, pain drop, muscles and tooltip details', () => {
    const [s] = buildChartSessions(
      [
        buildSession({
          id: 's-1',
          date: '2026-03-02T10:30',
          painBefore: 7,
          painAfter: 3,
          muscles: [
            buildNeedledMuscle({ muscleId: 'soleus', side: 'left', twitchCount: 2 }),
            buildNeedledMuscle({
              muscleId: 'gastrocnemius-medial',
              side: 'bilateral',
              twitchCount: 1
            })
          ],
          adverseEvents: [{ category: 'bruising', severity: 'mild', note: '' }],
          followUps: [
            { id: 'f2', checkpoint: '48h', recordedAt: '2026-03-04T10:00', soreness: 1, note: '' },
            { id: 'f1', checkpoint: '24h', recordedAt: '2026-03-03T10:00', soreness: 3, note: '' }
          ]
        })
      ],
      [race],
      DEFAULT_RACE_WINDOW
    )
    expect(s).toMatchObject({
      id: 's-1',
      t: toTimestamp('2026-03-02T10:30'),
      before: 7,
      after: 3,
      drop: 4,
      muscles: ['Soleus (left)', 'Gastrocnemius, medial head (both sides)'],
      twitchResponses: 3,
      adverseEvents: ['Bruising (mild)'],
      followUps: [
        { checkpoint: '24h', soreness: 3 },
        { checkpoint: '48h', soreness: 1 }
      ],
      raceWarning: null
    })
    expect(sessionLabel(s!)).toBe('Session 2 Mar 2026, 10:30: pain 7 before, 3 after')
  })

  it('carries the race-window warning for needling inside a window, never after the race', () => {
    const sessions = buildChartSessions(
      [
        buildSession({ id: 'in', date: '2026-03-20T09:00' }),
        buildSession({
          id: 'no-needling',
          date: '2026-03-20T09:00',
          hasNeedling: false,
          muscles: []
        }),
        buildSession({ id: 'after', date: '2026-03-26T09:00' })
      ],
      [race],
      DEFAULT_RACE_WINDOW
    )
    expect(sessions[0]!.raceWarning).toMatch(/Portland Marathon \(A race\) is in 5 days/)
    expect(sessions[1]!.raceWarning).toBeNull()
    expect(sessions[2]!.raceWarning).toBeNull()
  })

  it('names a session without pain scores as such', () => {
    const [s] = buildChartSessions(
      [buildSession({ painBefore: null, painAfter: 4 })],
      [],
      DEFAULT_RACE_WINDOW
    )
    expect(s!.drop).toBeNull()
    expect(sessionLabel(s!)).toMatch(/pain not scored before, 4 after/)
  })
})

describe('buildFollowUpPoints', () => {
  it('places follow-ups when recorded, only for the kept sessions, in time order', () => {
    const sessions = [
      buildSession({
        id: 'a',
        followUps: [
          { id: 'f', checkpoint: '48h', recordedAt: '2026-03-05T09:00', soreness: 2, note: '' }
        ]
      }),
      buildSession({
        id: 'b',
        followUps: [
          { id: 'g', checkpoint: '24h', recordedAt: '2026-03-04T09:00', soreness: 4, note: '' }
        ]
      })
    ]
    expect(buildFollowUpPoints(sessions).map((p) => p.sessionId)).toEqual(['b', 'a'])
    expect(buildFollowUpPoints(sessions, new Set(['a']))).toEqual([
      { sessionId: 'a', t: toTimestamp('2026-03-05T09:00'), checkpoint: '48h', soreness: 2 }
    ])
  })
})

describe('downsampleSessions', () => {
  const many = (n: number): ChartSession[] =>
    buildChartSessions(
      Array.from({ length: n }, (_, i) =>
        buildSession({
          id: `s-${i}`,
          date: addDaysToDateTime('2020-01-01T09:00', i),
          painBefore: 3 + (i % 5),
          painAfter: 1 + (i % 3)
        })
      ),
      [],
      DEFAULT_RACE_WINDOW
    )

  it('draws every session with a score when they fit', () => {
    const sessions = many(10)
    sessions[4] = { ...sessions[4]!, before: null, after: null }
    const drawn = downsampleSessions(sessions, 400)
    expect(drawn).toHaveLength(9)
    expect(drawn.map((s) => s.id)).not.toContain('s-4')
  })

  it('draws at most the limit, keeping whole sessions, the first and the last', () => {
    const sessions = many(1000)
    const drawn = downsampleSessions(sessions, 400)
    expect(drawn).toHaveLength(400)
    expect(drawn[0]!.id).toBe('s-0')
    expect(drawn[399]!.id).toBe('s-999')
    for (const s of drawn) expect(sessions.find((o) => o.id === s.id)).toBe(s)
  })
})
