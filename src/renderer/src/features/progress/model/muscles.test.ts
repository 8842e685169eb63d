import { describe, expect, it } from 'vitest'
import { buildNeedledMuscle } from '../../../../../../tests/factories'
import { buildSession } from '../../../../../../tests/factories/records'
import { buildMuscleStats } from './muscles'

describe('buildMuscleStats', () => {
  it('counts sessions per muscle, the mean pain drop and how often a twitch occurred', () => {
    const stats = buildMuscleStats([
      buildSession({
        id: 'a',
        painBefore: 7,
        painAfter: 3,
        muscles: [
          buildNeedledMuscle({ muscleId: 'soleus', side: 'left', twitchCount: 2 }),
          buildNeedledMuscle({ muscleId: 'soleus', side: 'right', twitchCount: 0 }),
          buildNeedledMuscle({ muscleId: 'gastrocnemius-medial', twitchCount: 0 })
        ]
      }),
      buildSession({
        id: 'b',
        painBefore: 5,
        painAfter: 4,
        muscles: [buildNeedledMuscle({ muscleId: 'soleus', side: 'left', twitchCount: 0 })]
      }),
      buildSession({
        id: 'c',
        painBefore: null,
        painAfter: 2,
        muscles: [buildNeedledMuscle({ muscleId: 'soleus', side: 'left', twitchCount: 1 })]
      })
    ])
    expect(stats).toEqual([
      {
        muscleId: 'soleus',
        name: 'Soleus',
        sessions: 3,
        sides: ['left', 'right'],
        averageDrop: 2.5,
        sessionsWithTwitch: 2,
        twitchRate: 2 / 3
      },
      {
        muscleId: 'gastrocnemius-medial',
        name: 'Gastrocnemius, medial head',
        sessions: 1,
        sides: ['left'],
        averageDrop: 4,
        sessionsWithTwitch: 0,
        twitchRate: 0
      }
    ])
  })

  it('has no average drop without scored sessions, and nothing without needling', () => {
    const [stat] = buildMuscleStats([
      buildSession({ painBefore: null, painAfter: null, muscles: [buildNeedledMuscle()] })
    ])
    expect(stat!.averageDrop).toBeNull()
    expect(buildMuscleStats([buildSession({ hasNeedling: false, muscles: [] })])).toEqual([])
    expect(buildMuscleStats([])).toEqual([])
  })

  it('orders by how often, then by name', () => {
    const stats = buildMuscleStats([
      buildSession({
        muscles: [
          buildNeedledMuscle({ muscleId: 'tibialis-anterior' }),
          buildNeedledMuscle({ muscleId: 'gluteus-medius' })
        ]
      })
    ])
    expect(stats.map((s) => s.name)).toEqual(['Gluteus medius', 'Tibialis anterior'])
  })
})
