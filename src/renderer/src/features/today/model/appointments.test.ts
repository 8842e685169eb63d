import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { buildPatientRecord } from '@shared/domain/patient'
import { buildPatientInput } from '../../../../../../tests/factories'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildAgenda, nextRaceHint } from './appointments'

const now = '2026-03-16T09:00'
const patient = (id: string, overrides: Partial<Patient> = {}): Patient => ({
  ...buildPatientRecord(buildPatientInput({ firstName: id }), id, new Date('2025-01-01T10:00:00Z')),
  ...overrides
})

describe('buildAgenda', () => {
  const zoe = patient('zoe', { lastSessionAt: '2026-03-13T10:00' })
  const jose = patient('jose', { lastSessionAt: '2026-03-16T08:00' })
  const ana = patient('ana', { lastSessionAt: '2026-03-10T10:00' })
  const gone = patient('gone', { lastSessionAt: '2026-03-12T10:00', status: 'archived' })
  const patients = new Map([zoe, jose, ana, gone].map((p) => [p.id, p]))
  const booked = [
    buildSession({
      id: 'zoe-1',
      patientId: 'zoe',
      date: '2026-03-13T10:00',
      nextAppointment: '2026-03-16T15:30'
    }),
    // Booked for 08:00 today, but José came and a newer session holds his booking now.
    buildSession({
      id: 'jose-old',
      patientId: 'jose',
      date: '2026-03-09T08:00',
      nextAppointment: '2026-03-16T08:00'
    }),
    buildSession({
      id: 'jose-new',
      patientId: 'jose',
      date: '2026-03-16T08:00',
      nextAppointment: '2026-03-18T12:00'
    }),
    buildSession({
      id: 'ana-1',
      patientId: 'ana',
      date: '2026-03-10T10:00',
      nextAppointment: '2026-03-16T08:30'
    }),
    buildSession({
      id: 'gone-1',
      patientId: 'gone',
      date: '2026-03-12T10:00',
      nextAppointment: '2026-03-17T10:00'
    })
  ]
  const recent = [booked[1]!, booked[2]!, booked[0]!]

  it('lists today’s bookings and today’s sessions by time, then the coming days', () => {
    const agenda = buildAgenda({
      now,
      bookedSessions: booked,
      recentSessions: recent,
      patients,
      races: [
        buildRace({
          patientId: 'zoe',
          date: '2026-03-25',
          priority: 'A',
          name: 'Portland Marathon'
        })
      ],
      horizonDays: 7
    })
    expect(agenda.today.map((i) => [i.kind, i.at, i.patient.id])).toEqual([
      ['seen', '2026-03-16T08:00', 'jose'],
      ['booked', '2026-03-16T08:30', 'ana'],
      ['booked', '2026-03-16T15:30', 'zoe']
    ])
    const [, ana1, zoe1] = agenda.today
    expect(ana1!.kind === 'booked' && ana1!.isOverdue).toBe(true)
    expect(zoe1!.kind === 'booked' && zoe1!.isOverdue).toBe(false)
    expect(zoe1!.nextRace).toEqual({ name: 'Portland Marathon', priority: 'A', daysLeft: 9 })
    expect(agenda.upcoming).toEqual([
      { day: '2026-03-18', items: [expect.objectContaining({ kind: 'booked', patient: jose })] }
    ])
  })

  it('counts a coming appointment’s race from the day of that appointment', () => {
    const agenda = buildAgenda({
      now,
      bookedSessions: booked,
      recentSessions: recent,
      patients,
      races: [
        buildRace({ patientId: 'jose', date: '2026-03-17', priority: 'C', name: 'Before it' }),
        buildRace({ patientId: 'jose', date: '2026-03-22', priority: 'A', name: 'Harbour Half' })
      ],
      horizonDays: 7
    })
    const [day] = agenda.upcoming
    expect(day!.items[0]!.nextRace).toEqual({ name: 'Harbour Half', priority: 'A', daysLeft: 4 })
  })

  it('leaves out bookings past the horizon and is empty without any', () => {
    const agenda = buildAgenda({
      now,
      bookedSessions: booked,
      recentSessions: [],
      patients,
      races: [],
      horizonDays: 1
    })
    expect(agenda.upcoming).toEqual([])
    expect(
      buildAgenda({
        now,
        bookedSessions: [],
        recentSessions: [],
        patients,
        races: [],
        horizonDays: 7
      })
    ).toEqual({
      today: [],
      upcoming: []
    })
  })
})

describe('nextRaceHint', () => {
  it('gives the patient’s first race from today, ignoring past races and other patients', () => {
    const races = [
      buildRace({ id: 'past', patientId: 'p', date: '2026-03-01' }),
      buildRace({ id: 'later', patientId: 'p', date: '2026-05-01', name: 'Later', priority: 'C' }),
      buildRace({
        id: 'soon',
        patientId: 'p',
        date: '2026-03-16',
        name: 'Today’s 5K',
        priority: 'B'
      }),
      buildRace({ id: 'other', patientId: 'q', date: '2026-03-17' })
    ]
    expect(nextRaceHint('p', races, '2026-03-16')).toEqual({
      name: 'Today’s 5K',
      priority: 'B',
      daysLeft: 0
    })
    expect(nextRaceHint('nobody', races, '2026-03-16')).toBeNull()
  })
})
