import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildSession } from '../../../../../../tests/factories/records'
import { buildFollowUpsDue } from './followUps'

const now = '2026-03-16T09:00'
const patient = (id: string, overrides: Partial<Patient> = {}): Patient => ({
  ...buildPatientRecord(buildPatientInput({ firstName: id }), id, new Date('2025-01-01T10:00:00Z')),
  ...overrides
})
const patients = new Map([patient('p'), patient('q', { status: 'trashed' })].map((p) => [p.id, p]))
const followUp = (checkpoint: '24h' | '48h' | '72h') => ({
  id: checkpoint,
  checkpoint,
  recordedAt: '2026-03-15T10:00',
  soreness: 2,
  note: ''
})

describe('buildFollowUpsDue', () => {
  it('lists the soreness checks that are due and not recorded, most overdue first', () => {
    const due = buildFollowUpsDue({
      now,
      patients,
      recentSessions: [
        buildSession({ id: 'yesterday', patientId: 'p', date: '2026-03-15T08:30' }),
        buildSession({
          id: 'friday',
          patientId: 'p',
          date: '2026-03-13T10:00',
          followUps: [followUp('24h')]
        }),
        buildSession({
          id: 'thursday',
          patientId: 'p',
          date: '2026-03-12T11:00',
          followUps: [followUp('24h'), followUp('48h')]
        })
      ]
    })
    expect(due.map((d) => d.session.id)).toEqual(['friday', 'thursday', 'yesterday'])
    expect(due[0]!.checks).toEqual([
      { checkpoint: '48h', dueAt: '2026-03-15T10:00', isDue: true },
      { checkpoint: '72h', dueAt: '2026-03-16T10:00', isDue: false }
    ])
    expect(due[1]!.checks).toEqual([{ checkpoint: '72h', dueAt: '2026-03-15T11:00', isDue: true }])
    expect(due[2]!.checks.map((c) => [c.checkpoint, c.isDue])).toEqual([
      ['24h', true],
      ['48h', false],
      ['72h', false]
    ])
  })

  it('drops sessions with every check recorded, past their last check by a day, not yet due, without needling, or of inactive patients', () => {
    const due = buildFollowUpsDue({
      now,
      patients,
      recentSessions: [
        buildSession({
          id: 'done',
          patientId: 'p',
          date: '2026-03-12T10:00',
          followUps: [followUp('24h'), followUp('48h'), followUp('72h')]
        }),
        buildSession({ id: 'old', patientId: 'p', date: '2026-03-12T08:59' }),
        buildSession({ id: 'this-morning', patientId: 'p', date: '2026-03-16T08:00' }),
        buildSession({
          id: 'talk',
          patientId: 'p',
          date: '2026-03-15T08:00',
          hasNeedling: false,
          muscles: []
        }),
        buildSession({ id: 'trashed', patientId: 'q', date: '2026-03-15T08:00' })
      ]
    })
    expect(due).toEqual([])
  })
})
