import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { DEFAULT_RACE_WINDOW } from '@shared/domain/settings'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildARaceAlerts, buildRacesAhead } from './races'

const now = '2026-03-16T09:00'
const patient = (id: string, overrides: Partial<Patient> = {}): Patient => ({
  ...buildPatientRecord(buildPatientInput({ firstName: id }), id, new Date('2025-01-01T10:00:00Z')),
  ...overrides
})

describe('buildRacesAhead', () => {
  const patients = new Map(
    [patient('a'), patient('b'), patient('c'), patient('x', { status: 'archived' })].map((p) => [
      p.id,
      p
    ])
  )
  const races = [
    buildRace({ id: 'r-b', patientId: 'b', date: '2026-03-29', name: 'Later half', priority: 'A' }),
    buildRace({ id: 'r-a', patientId: 'a', date: '2026-03-18', name: 'Bridge 10K', priority: 'B' }),
    buildRace({ id: 'r-c', patientId: 'c', date: '2026-03-31', name: 'Beyond', priority: 'C' }),
    buildRace({ id: 'r-x', patientId: 'x', date: '2026-03-20' })
  ]
  const sessions = [
    buildSession({ id: 'a-1', patientId: 'a', date: '2026-03-15T10:00' }),
    buildSession({ id: 'a-0', patientId: 'a', date: '2026-03-02T17:00' }),
    buildSession({ id: 'b-1', patientId: 'b', date: '2026-03-12T09:00' }),
    buildSession({
      id: 'b-talk',
      patientId: 'b',
      date: '2026-03-15T09:00',
      hasNeedling: false,
      muscles: []
    })
  ]

  it('lists active patients’ races in the next 14 days, soonest first, with needling flags', () => {
    const ahead = buildRacesAhead({
      now,
      races,
      recentSessions: sessions,
      patients,
      raceWindow: DEFAULT_RACE_WINDOW,
      horizonDays: 14
    })
    expect(ahead.map((r) => r.race.id)).toEqual(['r-a', 'r-b'])
    expect(ahead[0]).toMatchObject({
      daysLeft: 2,
      isNeedledRecently: true,
      isInRaceWindow: true,
      lastNeedling: { session: { id: 'a-1' }, hoursAgo: 23 }
    })
    expect(ahead[1]).toMatchObject({
      daysLeft: 13,
      isNeedledRecently: false,
      isInRaceWindow: false,
      lastNeedling: { session: { id: 'b-1' }, hoursAgo: 96 }
    })
  })

  it('has no flags for a runner without recent needling', () => {
    const [only] = buildRacesAhead({
      now,
      races: [races[1]!],
      recentSessions: [],
      patients,
      raceWindow: DEFAULT_RACE_WINDOW,
      horizonDays: 14
    })
    expect(only).toMatchObject({
      lastNeedling: null,
      isNeedledRecently: false,
      isInRaceWindow: false
    })
  })
})

describe('buildARaceAlerts', () => {
  const races = [
    buildRace({ id: 'a-unseen', patientId: 'unseen', date: '2026-04-01', priority: 'A' }),
    buildRace({ id: 'a-recent', patientId: 'recent', date: '2026-04-01', priority: 'A' }),
    buildRace({ id: 'a-booked', patientId: 'booked', date: '2026-04-01', priority: 'A' }),
    buildRace({ id: 'a-late-booking', patientId: 'late', date: '2026-03-20', priority: 'A' }),
    buildRace({ id: 'a-never', patientId: 'never', date: '2026-04-10', priority: 'A' }),
    buildRace({ id: 'b-unseen', patientId: 'unseen-b', date: '2026-03-20', priority: 'B' }),
    buildRace({ id: 'a-far', patientId: 'far', date: '2026-05-20', priority: 'A' })
  ]
  const patients = new Map(
    [
      patient('unseen', { lastSessionAt: '2026-02-20T10:00' }),
      patient('recent', { lastSessionAt: '2026-03-10T10:00' }),
      patient('booked', { lastSessionAt: '2026-02-20T10:00' }),
      patient('late', { lastSessionAt: '2026-02-20T10:00' }),
      patient('never', { lastSessionAt: null }),
      patient('unseen-b', { lastSessionAt: '2026-01-20T10:00' }),
      patient('far', { lastSessionAt: '2026-01-20T10:00' })
    ].map((p) => [p.id, p])
  )

  it('flags A races within four weeks when the runner is not seen for two and nothing is booked before the race', () => {
    const alerts = buildARaceAlerts({
      now,
      races,
      patients,
      bookedBefore: new Map([
        ['booked', '2026-03-25T10:00'],
        ['late', '2026-03-23T10:00']
      ]),
      soonDays: 28,
      notSeenDays: 14
    })
    expect(alerts.map((a) => [a.patient.id, a.daysLeft, a.lastSeenDaysAgo])).toEqual([
      ['late', 4, 24],
      ['unseen', 16, 24],
      ['never', 25, null]
    ])
  })
})
