import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { DEFAULT_RACE_WINDOW } from '@shared/domain/settings'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildTodayDashboard } from './dashboard'

const patient = (id: string, overrides: Partial<Patient> = {}): Patient => ({
  ...buildPatientRecord(buildPatientInput({ firstName: id }), id, new Date('2025-01-01T10:00:00Z')),
  ...overrides
})

describe('buildTodayDashboard', () => {
  it('does not ask to call a runner with an A race soon who already has an appointment booked', () => {
    const last = buildSession({
      id: 'last',
      patientId: 'booked',
      date: '2026-02-20T10:00',
      nextAppointment: '2026-03-19T10:00'
    })
    const records = {
      recentSessions: [],
      bookedSessions: [last],
      races: [
        buildRace({ id: 'a1', patientId: 'booked', date: '2026-04-01', priority: 'A' as const }),
        buildRace({ id: 'a2', patientId: 'unbooked', date: '2026-04-01', priority: 'A' as const })
      ],
      patients: new Map([
        ['booked', patient('booked', { lastSessionAt: '2026-02-20T10:00' })],
        ['unbooked', patient('unbooked', { lastSessionAt: '2026-02-20T10:00' })]
      ])
    }
    const dashboard = buildTodayDashboard(records, '2026-03-16T09:00', DEFAULT_RACE_WINDOW)
    expect(dashboard.agenda.upcoming.map((d) => d.day)).toEqual(['2026-03-19'])
    expect(dashboard.aRaceAlerts.map((a) => a.patient.id)).toEqual(['unbooked'])
    expect(dashboard.racesAhead.map((r) => r.race.id)).toEqual([])
  })
})
