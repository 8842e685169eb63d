import type { LocalDateTime } from '@shared/dates'
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

/** What the Today screen reads, each set from an indexed range (see hooks/useToday.ts). */
export type TodayRecords = {
  /** Sessions dated from ADVERSE_EVENT_DAYS days ago through today. */
  recentSessions: readonly Session[]
  /** Sessions whose next appointment falls from today through the appointment horizon. */
  bookedSessions: readonly Session[]
  /** Races from today through the A-race horizon. */
  races: readonly Race[]
  patients: ReadonlyMap<string, Patient>
}

export type TodayDashboard = {
  agenda: Agenda
  racesAhead: RaceAhead[]
  aRaceAlerts: ARaceAlert[]
  followUpsDue: FollowUpDue[]
  adverseEvents: RecentAdverseEvent[]
}

/** The first screen of the day, from the records and the time now. */
export function buildTodayDashboard(
  records: TodayRecords,
  now: LocalDateTime,
  raceWindow: RaceWindowSettings
): TodayDashboard {
  const { recentSessions, bookedSessions, races, patients } = records
  const agenda = buildAgenda({
    now,
    bookedSessions,
    recentSessions,
    patients,
    races,
    horizonDays: APPOINTMENT_HORIZON_DAYS
  })
  const bookedBefore = new Map(
    [...agenda.today, ...agenda.upcoming.flatMap((d) => d.items)]
      .filter((item) => item.kind === 'booked')
      .map((item) => [item.patient.id, item.at] as const)
  )
  return {
    agenda,
    racesAhead: buildRacesAhead({
      now,
      races,
      recentSessions,
      patients,
      raceWindow,
      horizonDays: RACE_HORIZON_DAYS
    }),
    aRaceAlerts: buildARaceAlerts({
      now,
      races,
      patients,
      bookedBefore,
      soonDays: A_RACE_SOON_DAYS,
      notSeenDays: NOT_SEEN_DAYS
    }),
    followUpsDue: buildFollowUpsDue({ now, recentSessions, patients }),
    adverseEvents: buildRecentAdverseEvents({ now, recentSessions, patients })
  }
}
