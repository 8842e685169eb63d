import { addDaysToDate, dayOf, type IsoDate, type LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { buildRecentAdverseEvents, type RecentAdverseEvent } from './adverse'
import { buildAgenda, type Agenda } from './appointments'
import { buildFollowUpsDue, type FollowUpDue } from './followUps'
import {
  A_RACE_SOON_DAYS,
  APPOINTMENT_HORIZON_DAYS,
  NOT_SEEN_DAYS,
  RACE_HORIZON_DAYS
} from './horizons'
import { buildARaceAlerts, buildRacesAhead, type ARaceAlert, type RaceAhead } from './races'

/**
 * How many a list holds in all: exact when `isExact`, otherwise the most there can be, unless
 * `isOver`: then more than `total` (the list was counted only so far).
 */
export type Count = { total: number; isExact: boolean; isOver?: boolean }

/** The first rows of one of Today's lists, as read, and how many the list holds in all. */
export type Listed<T> = Count & { rows: readonly T[] }

/** What the Today screen reads, each list from a short indexed range (see hooks/useToday.ts). */
export type TodayRecords = {
  /** Sessions logged today. */
  seen: Listed<Session>
  /** Current bookings, one entry per day from today through the appointment horizon. */
  booked: readonly { day: IsoDate; sessions: Listed<Session> }[]
  /** Needling sessions whose soreness checks may be due. */
  followUps: Listed<Session>
  /** Sessions with adverse events in the last ADVERSE_EVENT_DAYS days, newest first. */
  adverse: Listed<Session>
  /** Races from today through RACE_HORIZON_DAYS. */
  races: Listed<Race>
  /** The recent sessions of the runners in `races`, for their last needling. */
  raceSessions: readonly Session[]
  /** A races from today through A_RACE_SOON_DAYS whose runner needs a call. */
  aRaces: Listed<Race>
  /** A races within A_RACE_SOON_DAYS whose runner's measures went the wrong way at the last visit. */
  measureRaces: Listed<Race>
  /** Those runners' latest sessions, newest first. */
  measureSessions: ReadonlyMap<string, Session[]>
  /** The current booking of the runners in `aRaces`, if any. */
  aRaceBookings: ReadonlyMap<string, LocalDateTime>
  patients: ReadonlyMap<string, Patient>
}

/** A list as shown: its items and how many more the full list holds. */
export type Shown<T> = Count & { items: T[] }

export type TodayDashboard = {
  agenda: Agenda
  /** How many appointments today in all (seen and booked). */
  agendaTotal: Count & { seen: number }
  /** How many bookings each coming day holds in all. */
  upcomingTotals: ReadonlyMap<IsoDate, Count>
  racesAhead: Shown<RaceAhead>
  aRaceAlerts: Shown<ARaceAlert>
  followUpsDue: Shown<FollowUpDue>
  adverseEvents: Shown<RecentAdverseEvent>
}

const shown = <T>(items: T[], listed: Listed<unknown>): Shown<T> => ({
  items,
  // A row read but dropped by the builder (already listed, not due yet) is not in the total.
  total: Math.max(items.length, listed.total - (listed.rows.length - items.length)),
  isExact: listed.isExact,
  isOver: listed.isOver === true
})

/** The first screen of the day, from the records and the time now. */
export function buildTodayDashboard(
  records: TodayRecords,
  now: LocalDateTime,
  raceWindow: RaceWindowSettings,
  limit = Infinity
): TodayDashboard {
  const { patients } = records
  const today = dayOf(now)
  const bookedSessions = records.booked.flatMap((d) => d.sessions.rows)
  const agenda = buildAgenda({
    now,
    bookedSessions,
    recentSessions: records.seen.rows,
    patients,
    races: records.races.rows,
    horizonDays: APPOINTMENT_HORIZON_DAYS
  })
  const bookedToday = records.booked.find((d) => d.day === today)?.sessions
  // A booking for today made before a visit logged today is no longer current, so the two
  // lists never hold the same appointment.
  const agendaTotal = {
    total: Math.max(agenda.today.length, records.seen.total + (bookedToday?.total ?? 0)),
    seen: records.seen.total,
    isExact: records.seen.isExact && (bookedToday?.isExact ?? true),
    isOver: records.seen.isOver === true || bookedToday?.isOver === true
  }
  const upcomingTotals = new Map(
    records.booked
      .filter((d) => d.day > today && d.day <= addDaysToDate(today, APPOINTMENT_HORIZON_DAYS))
      .map(
        (d) =>
          [
            d.day,
            {
              total: d.sessions.total,
              isExact: d.sessions.isExact,
              isOver: d.sessions.isOver === true
            }
          ] as const
      )
  )
  const racesAhead = buildRacesAhead({
    now,
    races: records.races.rows,
    recentSessions: records.raceSessions,
    patients,
    raceWindow,
    horizonDays: RACE_HORIZON_DAYS
  })
  const aRaceAlerts = buildARaceAlerts({
    now,
    races: records.aRaces.rows,
    patients,
    bookedBefore: records.aRaceBookings,
    soonDays: A_RACE_SOON_DAYS,
    notSeenDays: NOT_SEEN_DAYS
  })
  const followUps = buildFollowUpsDue({ now, recentSessions: records.followUps.rows, patients })
  const adverse = buildRecentAdverseEvents({ now, recentSessions: records.adverse.rows, patients })
  return {
    agenda: {
      today: agenda.today.slice(0, limit),
      upcoming: agenda.upcoming.map((d) => ({ ...d, items: d.items.slice(0, limit) }))
    },
    agendaTotal,
    upcomingTotals,
    racesAhead: shown(racesAhead.slice(0, limit), records.races),
    aRaceAlerts: shown(aRaceAlerts.slice(0, limit), records.aRaces),
    followUpsDue: shown(followUps.slice(0, limit), records.followUps),
    adverseEvents: shown(adverse.slice(0, limit), records.adverse)
  }
}
