import { useLiveQuery } from 'dexie-react-hooks'
import { addDaysToDate, type IsoDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import { useRepositories } from '@renderer/lib/data'
import type { TodayRecords } from '../model/dashboard'
import {
  A_RACE_SOON_DAYS,
  ADVERSE_EVENT_DAYS,
  APPOINTMENT_HORIZON_DAYS,
  FOLLOW_UP_LISTED_HOURS
} from '../model/horizons'

/**
 * What the Today screen shows, read through three index ranges (sessions by date, sessions by
 * next appointment, races by date) and one bulk read of the patients those rows mention.
 * Undefined while loading; re-read when any of those rows change.
 */
export function useTodayRecords(today: IsoDate): TodayRecords | undefined {
  const { sessions, races, patients } = useRepositories()
  return useLiveQuery(async () => {
    const [recentSessions, bookedSessions, raceList] = await Promise.all([
      sessions.between(addDaysToDate(today, -ADVERSE_EVENT_DAYS), today),
      sessions.withAppointmentBetween(
        `${today}T00:00`,
        `${addDaysToDate(today, APPOINTMENT_HORIZON_DAYS)}T23:59`
      ),
      races.between(today, addDaysToDate(today, A_RACE_SOON_DAYS))
    ])
    // Only the recent sessions the screen can show need their patient: today's, those still
    // in the follow-up window, and those with adverse events.
    const followUpFrom = addDaysToDate(today, -Math.ceil(FOLLOW_UP_LISTED_HOURS / 24))
    const ids = new Set<string>([
      ...recentSessions
        .filter((s) => s.date >= followUpFrom || s.adverseEvents.length > 0)
        .map((s) => s.patientId),
      ...bookedSessions.map((s) => s.patientId),
      ...raceList.map((r) => r.patientId)
    ])
    const found = await patients.getMany([...ids])
    const byId = new Map<string, Patient>(found.map((p) => [p.id, p]))
    return { recentSessions, bookedSessions, races: raceList, patients: byId }
  }, [sessions, races, patients, today])
}
