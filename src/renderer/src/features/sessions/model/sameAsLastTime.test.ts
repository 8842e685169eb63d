import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { buildNeedledMuscle } from '../../../../../../tests/factories'
import { emptyMuscle, newSessionForm } from './formState'
import { sameAsLastTime } from './sameAsLastTime'

const form = newSessionForm({
  now: '2026-03-16T09:00',
  therapist: { id: 't-1', name: 'Maya Chen' },
  diagnosis: '',
  consentOnFile: { isOnFile: false, date: null, isWritten: false },
  screening: screeningRecordFrom({}, null),
  isNearRace: false
})

const last = {
  muscles: [
    buildNeedledMuscle({
      muscleId: 'soleus',
      side: 'left',
      points: [{ view: 'back', x: 40.5, y: 185 }],
      needleCount: 2,
      insertions: 8,
      technique: 'pistoning',
      twitchCount: 3,
      painDuring: 6
    }),
    buildNeedledMuscle({
      muscleId: 'gastrocnemius-medial',
      side: 'bilateral',
      points: [],
      technique: 'electrical',
      estim: { frequencyHz: 2, minutes: 15 },
      needleSize: { diameterMm: 0.3, lengthMm: 60 },
      dwellSeconds: 900
    })
  ]
}

describe('sameAsLastTime', () => {
  it('copies muscles, sides, points, needles and technique, leaving today’s results blank', () => {
    const next = sameAsLastTime(form, last)
    expect(next.muscles).toHaveLength(2)
    expect(next.muscles[0]).toMatchObject({
      muscleId: 'soleus',
      side: 'left',
      points: [{ view: 'back', x: 40.5, y: 185 }],
      needleCount: '2',
      needleSize: '0.25x30',
      technique: 'pistoning',
      dwell: '30',
      dwellUnit: 's',
      insertions: '',
      twitchCount: '',
      painDuring: null
    })
    expect(next.muscles[1]).toMatchObject({
      muscleId: 'gastrocnemius-medial',
      side: 'bilateral',
      technique: 'electrical',
      estimHz: '2',
      estimMinutes: '15',
      needleSize: '0.3x60',
      dwell: '15',
      dwellUnit: 'min'
    })
  })

  it('replaces the blank row but keeps a muscle the therapist already started', () => {
    const started = { ...emptyMuscle(), muscleId: 'piriformis', side: 'right' as const }
    const next = sameAsLastTime({ ...form, muscles: [started, emptyMuscle()] }, last)
    expect(next.muscles.map((m) => m.muscleId)).toEqual([
      'piriformis',
      'soleus',
      'gastrocnemius-medial'
    ])
  })

  it('never copies a point by reference', () => {
    const next = sameAsLastTime(form, last)
    expect(next.muscles[0]!.points[0]).not.toBe(last.muscles[0]!.points[0])
  })
})
