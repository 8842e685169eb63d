import { addDaysToDate, dayOf, daysBetween, type IsoDate, type LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race, RacePriority } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'

/** A patient's next race; daysLeft counts from the day of the visit it is shown beside. */
export type RaceHint = { name: string; priority: RacePriority; daysLeft: number }

export type AgendaItem =
  | {
      kind: 'booked'
      at: LocalDateTime
      patient: Patient
      /** The session that booked it: the patient's latest. */
      bookedBy: Session
      /** The appointment time has passed today and no session has been logged since. */
      isOverdue: boolean
      nextRace: RaceHint | null
    }
  | {
      kind: 'seen'
      at: LocalDateTime
      patient: Patient
      session: Session
      nextRace: RaceHint | null
    }

export type AgendaDay = { day: IsoDate; items: AgendaItem[] }

export type Agenda = { today: AgendaItem[]; upcoming: AgendaDay[] }

/** The patient's first race from `today` on, if any is in `races`. */
export function nextRaceHint(
  patientId: string,
  races: readonly Race[],
  today: IsoDate
): RaceHint | null {
  let next: Race | null = null
  for (const race of races) {
    if (race.patientId !== patientId || race.date < today) continue
    if (!next || race.date < next.date) next = race
  }
  return next
    ? { name: next.name, priority: next.priority, daysLeft: daysBetween(today, next.date) }
    : null
}

/**
 * Today's appointments (booked, and sessions already logged today) and the coming days'.
 * A booking counts only while the session that made it is the patient's latest: once the
 * patient has been seen again, that session's own booking replaces it. Active patients only.
 */
export function buildAgenda({
  now,
  bookedSessions,
  recentSessions,
  patients,
  races,
  horizonDays
}: {
  now: LocalDateTime
  bookedSessions: readonly Session[]
  recentSessions: readonly Session[]
  patients: ReadonlyMap<string, Patient>
  races: readonly Race[]
  horizonDays: number
}): Agenda {
  const today = dayOf(now)
  const lastDay = addDaysToDate(today, horizonDays)
  const activePatient = (id: string): Patient | null => {
    const p = patients.get(id)
    return p && p.status === 'active' ? p : null
  }
  const booked: AgendaItem[] = []
  for (const s of bookedSessions) {
    const patient = activePatient(s.patientId)
    const at = s.nextAppointment
    if (!patient || !at || patient.lastSessionAt !== s.date) continue
    if (dayOf(at) < today || dayOf(at) > lastDay) continue
    booked.push({
      kind: 'booked',
      at,
      patient,
      bookedBy: s,
      isOverdue: at < now,
      // Counted from the appointment: what matters at that visit is the race after it.
      nextRace: nextRaceHint(patient.id, races, dayOf(at))
    })
  }
  const seen: AgendaItem[] = recentSessions.flatMap((s) => {
    const patient = activePatient(s.patientId)
    return patient && dayOf(s.date) === today
      ? [
          {
            kind: 'seen' as const,
            at: s.date,
            patient,
            session: s,
            nextRace: nextRaceHint(patient.id, races, today)
          }
        ]
      : []
  })
  const byTime = (a: AgendaItem, b: AgendaItem): number => a.at.localeCompare(b.at)
  const todayItems = [...seen, ...booked.filter((b) => dayOf(b.at) === today)].sort(byTime)
  const days = new Map<IsoDate, AgendaItem[]>()
  for (const item of booked.filter((b) => dayOf(b.at) > today).sort(byTime)) {
    const day = dayOf(item.at)
    days.set(day, [...(days.get(day) ?? []), item])
  }
  return { today: todayItems, upcoming: [...days].map(([day, items]) => ({ day, items })) }
}
