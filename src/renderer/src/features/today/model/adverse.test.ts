import { describe, expect, it } from 'vitest'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildSession } from '../../../../../../tests/factories/records'
import { buildRecentAdverseEvents } from './adverse'

const patients = new Map([
  ['p', buildPatientRecord(buildPatientInput(), 'p', new Date('2025-01-01T10:00:00Z'))]
])

describe('buildRecentAdverseEvents', () => {
  it('lists sessions with adverse events, newest first, with the most severe class', () => {
    const events = buildRecentAdverseEvents({
      now: '2026-03-16T09:00',
      patients,
      recentSessions: [
        buildSession({
          id: 'older',
          patientId: 'p',
          date: '2026-03-05T10:00',
          adverseEvents: [{ category: 'bruising', severity: 'mild', note: '' }]
        }),
        buildSession({ id: 'clean', patientId: 'p', date: '2026-03-14T10:00' }),
        buildSession({
          id: 'newer',
          patientId: 'p',
          date: '2026-03-13T10:00',
          adverseEvents: [
            { category: 'bleeding', severity: 'mild', note: '' },
            { category: 'vasovagal', severity: 'significant', note: 'Felt faint' }
          ]
        }),
        buildSession({
          id: 'unknown patient',
          patientId: 'gone',
          date: '2026-03-13T10:00',
          adverseEvents: [{ category: 'bruising', severity: 'mild', note: '' }]
        })
      ]
    })
    expect(events.map((e) => [e.session.id, e.daysAgo, e.severity])).toEqual([
      ['newer', 3, 'significant'],
      ['older', 11, 'mild']
    ])
  })
})
