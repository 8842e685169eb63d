import {
  addDaysToDate,
  dayOf,
  daysBetween,
  minutesBetween,
  type IsoDate,
  type LocalDateTime
} from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import type { Session } from '@shared/domain/session'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { SORENESS_HOURS } from './horizons'

export type RaceAhead = {
  race: Race
  patient: Patient
  daysLeft: number
  /** The patient's latest needling up to now, from the recent sessions. */
  lastNeedling: { session: Session; hoursAgo: number } | null
  /** Needled within the last 72 hours: soreness may not have settled (horizons.ts). */
  isNeedledRecently: boolean
  /** That needling fell inside the clinic's window before this race. */
  isInRaceWindow: boolean
}

/** Latest needling session per patient among `sessions`, up to `now`. */
export function latestNeedlingByPatient(
  sessions: readonly Session[],
  now: LocalDateTime
): Map<string, Session> {
  const latest = new Map<string, Session>()
  for (const s of sessions) {
    if (!s.hasNeedling || s.date > now) continue
    const current = latest.get(s.patientId)
    if (!current || s.date > current.date) latest.set(s.patientId, s)
  }
  return latest
}

/**
 * The active patients' races from today to `horizonDays` ahead, soonest first, each flagged
 * when the runner was needled in the last 72 hours or inside the clinic's race window.
 */
export function buildRacesAhead({
  now,
  races,
  recentSessions,
  patients,
  raceWindow,
  horizonDays
}: {
  now: LocalDateTime
  races: readonly Race[]
  recentSessions: readonly Session[]
  patients: ReadonlyMap<string, Patient>
  raceWindow: RaceWindowSettings
  horizonDays: number
}): RaceAhead[] {
  const today = dayOf(now)
  const lastDay = addDaysToDate(today, horizonDays)
  const needled = latestNeedlingByPatient(recentSessions, now)
  return races
    .filter((r) => r.date >= today && r.date <= lastDay)
    .flatMap((race) => {
      const patient = patients.get(race.patientId)
      if (!patient || patient.status !== 'active') return []
      const last = needled.get(patient.id) ?? null
      const hoursAgo = last ? minutesBetween(last.date, now) / 60 : null
      return [
        {
          race,
          patient,
          daysLeft: daysBetween(today, race.date),
          lastNeedling: last && hoursAgo !== null ? { session: last, hoursAgo } : null,
          isNeedledRecently: hoursAgo !== null && hoursAgo <= SORENESS_HOURS,
          isInRaceWindow: last
            ? raceWindowWarnings(last.date, [race], raceWindow).length > 0
            : false
        }
      ]
    })
    .sort(
      (a, b) => a.race.date.localeCompare(b.race.date) || a.race.name.localeCompare(b.race.name)
    )
}

export type ARaceAlert = {
  race: Race
  patient: Patient
  daysLeft: number
  /** Days since the patient's last session; null when never seen. */
  lastSeenDaysAgo: number | null
}

/**
 * Active patients with an A race within `soonDays` who have not been seen for `notSeenDays`
 * and have nothing booked before the race: the ones to call.
 */
export function buildARaceAlerts({
  now,
  races,
  patients,
  bookedBefore,
  soonDays,
  notSeenDays
}: {
  now: LocalDateTime
  races: readonly Race[]
  patients: ReadonlyMap<string, Patient>
  /** The patient's booked appointment, if any (from the agenda). */
  bookedBefore: ReadonlyMap<string, LocalDateTime>
  soonDays: number
  notSeenDays: number
}): ARaceAlert[] {
  const today = dayOf(now)
  const lastDay = addDaysToDate(today, soonDays)
  const alerts: ARaceAlert[] = []
  const listed = new Set<string>()
  const aRaces = races
    .filter((r) => r.priority === 'A' && r.date >= today && r.date <= lastDay)
    .sort((a, b) => a.date.localeCompare(b.date))
  for (const race of aRaces) {
    const patient = patients.get(race.patientId)
    if (!patient || listed.has(patient.id)) continue
    if (
      !needsARaceCall({ race, patient, booked: bookedBefore.get(patient.id), today, notSeenDays })
    )
      continue
    listed.add(patient.id)
    const lastSeenDaysAgo = patient.lastSessionAt ? daysBetween(patient.lastSessionAt, today) : null
    alerts.push({ race, patient, daysLeft: daysBetween(today, race.date), lastSeenDaysAgo })
  }
  return alerts
}

/**
 * Whether an active runner with this A race coming is one to call: not seen for `notSeenDays`
 * and nothing booked (`booked`, their current booking if any) on or before race day.
 */
export function needsARaceCall({
  race,
  patient,
  booked,
  today,
  notSeenDays
}: {
  race: Race
  patient: Patient
  booked: LocalDateTime | null | undefined
  today: IsoDate
  notSeenDays: number
}): boolean {
  if (patient.status !== 'active') return false
  const lastSeenDaysAgo = patient.lastSessionAt ? daysBetween(patient.lastSessionAt, today) : null
  if (lastSeenDaysAgo !== null && lastSeenDaysAgo < notSeenDays) return false
  return !(booked && dayOf(booked) >= today && dayOf(booked) <= race.date)
}
