import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { DEFAULT_RACE_WINDOW } from '@shared/domain/settings'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildTodayDashboard, type Listed, type TodayRecords } from './dashboard'

const listed = <T>(rows: T[], total = rows.length, isExact = true): Listed<T> => ({
  rows,
  total,
  isExact
})

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
    const aRaces = [
      buildRace({ id: 'a1', patientId: 'booked', date: '2026-04-01', priority: 'A' as const }),
      buildRace({ id: 'a2', patientId: 'unbooked', date: '2026-04-01', priority: 'A' as const })
    ]
    const records: TodayRecords = {
      seen: listed([]),
      booked: [{ day: '2026-03-19', sessions: listed([last]) }],
      followUps: listed([]),
      adverse: listed([]),
      races: listed([]),
      raceSessions: [],
      aRaces: listed(aRaces),
      aRaceBookings: new Map([['booked', '2026-03-19T10:00']]),
      measureRaces: { rows: [], total: 0, isExact: true },
      measureSessions: new Map(),
      patients: new Map([
        ['booked', patient('booked', { lastSessionAt: '2026-02-20T10:00' })],
        ['unbooked', patient('unbooked', { lastSessionAt: '2026-02-20T10:00' })]
      ])
    }
    const dashboard = buildTodayDashboard(records, '2026-03-16T09:00', DEFAULT_RACE_WINDOW)
    expect(dashboard.agenda.upcoming.map((d) => d.day)).toEqual(['2026-03-19'])
    expect(dashboard.aRaceAlerts.items.map((a) => a.patient.id)).toEqual(['unbooked'])
    expect(dashboard.racesAhead.items.map((r) => r.race.id)).toEqual([])
  })

  it('says how many more each list holds beyond the rows it shows', () => {
    const sessions = ['a', 'b', 'c'].map((id, i) =>
      buildSession({
        id,
        patientId: id,
        date: `2026-03-16T0${i + 6}:00`,
        adverseEvents: [{ category: 'bruising', severity: 'mild', note: '' }]
      })
    )
    const records: TodayRecords = {
      seen: listed(sessions, 40, true),
      booked: [],
      followUps: listed([]),
      adverse: listed(sessions, 12, false),
      races: listed([]),
      raceSessions: [],
      aRaces: listed([]),
      aRaceBookings: new Map(),
      measureRaces: { rows: [], total: 0, isExact: true },
      measureSessions: new Map(),
      patients: new Map(['a', 'b', 'c'].map((id) => [id, patient(id)]))
    }
    const dashboard = buildTodayDashboard(records, '2026-03-16T09:00', DEFAULT_RACE_WINDOW, 2)
    expect(dashboard.agenda.today.map((i) => i.patient.id)).toEqual(['a', 'b'])
    expect(dashboard.agendaTotal).toEqual({ total: 40, seen: 40, isExact: true, isOver: false })
    expect(dashboard.adverseEvents.items.map((e) => e.patient.id)).toEqual(['c', 'b'])
    expect(dashboard.adverseEvents).toMatchObject({ total: 11, isExact: false })
  })
})
