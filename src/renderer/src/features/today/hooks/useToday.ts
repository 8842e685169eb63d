import { useLiveQuery } from 'dexie-react-hooks'
import { addDaysToDate, addMinutesToDateTime, dayOf, type LocalDateTime } from '@shared/dates'
import { useRepositories } from '@renderer/lib/data'
import type { TodayRecords } from '../model/dashboard'
import {
  A_RACE_SOON_DAYS,
  ADVERSE_EVENT_DAYS,
  APPOINTMENT_HORIZON_DAYS,
  CHECKPOINT_HOURS,
  FOLLOW_UP_LISTED_HOURS,
  NOT_SEEN_DAYS,
  RACE_HORIZON_DAYS
} from '../model/horizons'
import { needsARaceCall } from '../model/races'
import { MEASURE_LOOKBACK_SESSIONS, wrongWayAtLastVisit } from '../model/measures'
import type { Session } from '@shared/domain/session'

/**
 * What the Today screen shows, each list read from a short indexed range and only as far as
 * `limit` rows it can show (and how many it holds in all): today's sessions by date, each
 * day's bookings by next appointment, soreness checks and adverse events by the session marks
 * kept beside sessions, races by date and A races by priority and date. The cost follows what
 * is shown, not the clinic's size. Undefined while loading; re-read when any of those change.
 */
export function useTodayRecords(now: LocalDateTime, limit: number): TodayRecords | undefined {
  const { today: reads } = useRepositories()
  // Re-read on the minute, not on every clock tick.
  const minute = now.slice(0, 16)
  return useLiveQuery(
    () =>
      reads.together(async () => {
        const today = dayOf(minute)
        const patients = reads.patientCache()
        const days = Array.from({ length: APPOINTMENT_HORIZON_DAYS + 1 }, (_, i) =>
          addDaysToDate(today, i)
        )
        // A check is due 24 h after the needling at the earliest; a session drops off a day after its last.
        const firstDueAfter = Math.min(...Object.values(CHECKPOINT_HOURS)) * 60
        const aRaceBookings = new Map<string, LocalDateTime>()
        const measureSessions = new Map<string, Session[]>()
        // Every list is read at once; only the races' recent sessions wait for the races.
        const [seen, booked, followUps, adverse, [races, raceSessions], aRaces, measureRaces] =
          await Promise.all([
            reads.sessionsBetween(`${today}T00:00`, `${today}T23:59`, limit, patients),
            Promise.all(
              days.map(async (day) => ({
                day,
                sessions: await reads.bookedBetween(`${day}T00:00`, `${day}T23:59`, limit, patients)
              }))
            ),
            reads.followUpsBetween(
              addMinutesToDateTime(minute, -FOLLOW_UP_LISTED_HOURS * 60),
              addMinutesToDateTime(minute, -firstDueAfter),
              limit,
              patients
            ),
            reads.adverseBetween(
              `${addDaysToDate(today, -ADVERSE_EVENT_DAYS)}T00:00`,
              minute,
              limit,
              patients
            ),
            reads
              .racesBetween(today, addDaysToDate(today, RACE_HORIZON_DAYS), limit, patients)
              .then(
                async (found) =>
                  [
                    found,
                    await reads.sessionsOfPatients(
                      found.rows.map((r) => r.patientId),
                      `${addDaysToDate(today, -ADVERSE_EVENT_DAYS)}T00:00`,
                      minute
                    )
                  ] as const
              ),
            reads.aRacesBetween(
              today,
              addDaysToDate(today, A_RACE_SOON_DAYS),
              limit,
              patients,
              async (rows) => {
                const known = patients.all()
                const unseen = rows.filter((race) =>
                  needsARaceCall({
                    race,
                    patient: known.get(race.patientId)!,
                    booked: null,
                    today,
                    notSeenDays: NOT_SEEN_DAYS
                  })
                )
                const latest = await reads.latestOfPatients(unseen.map((r) => r.patientId))
                for (const [id, s] of latest)
                  if (s.nextAppointment) aRaceBookings.set(id, s.nextAppointment)
                return unseen.filter((race) =>
                  needsARaceCall({
                    race,
                    patient: known.get(race.patientId)!,
                    booked: aRaceBookings.get(race.patientId),
                    today,
                    notSeenDays: NOT_SEEN_DAYS
                  })
                )
              }
            ),
            reads.aRacesBetween(
              today,
              addDaysToDate(today, A_RACE_SOON_DAYS),
              limit,
              patients,
              async (rows) => {
                const recent = await reads.recentOfPatients(
                  rows.map((r) => r.patientId),
                  MEASURE_LOOKBACK_SESSIONS
                )
                return rows.filter((race) => {
                  const list = recent.get(race.patientId) ?? []
                  if (wrongWayAtLastVisit(list).length === 0) return false
                  measureSessions.set(race.patientId, list)
                  return true
                })
              }
            )
          ])
        return {
          measureRaces,
          measureSessions,
          seen,
          booked,
          followUps,
          adverse,
          races,
          raceSessions,
          aRaces,
          aRaceBookings,
          patients: patients.all()
        }
      }),
    [reads, minute, limit]
  )
}
