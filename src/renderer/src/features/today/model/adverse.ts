import { dayOf, daysBetween, type LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { AdverseEvent, Session } from '@shared/domain/session'

export type RecentAdverseEvent = {
  session: Session
  patient: Patient
  events: AdverseEvent[]
  daysAgo: number
  /** The most severe class among the events. */
  severity: AdverseEvent['severity']
}

const SEVERITY_RANK: Record<AdverseEvent['severity'], number> = {
  mild: 0,
  significant: 1,
  serious: 2
}

/** Sessions of active patients in the recent window that recorded adverse events, newest first. */
export function buildRecentAdverseEvents({
  now,
  recentSessions,
  patients
}: {
  now: LocalDateTime
  recentSessions: readonly Session[]
  patients: ReadonlyMap<string, Patient>
}): RecentAdverseEvent[] {
  return recentSessions
    .filter((s) => s.adverseEvents.length > 0 && s.date <= now)
    .flatMap((session) => {
      const patient = patients.get(session.patientId)
      if (!patient || patient.status !== 'active') return []
      const severity = session.adverseEvents.reduce<AdverseEvent['severity']>(
        (worst, e) => (SEVERITY_RANK[e.severity] > SEVERITY_RANK[worst] ? e.severity : worst),
        'mild'
      )
      return [
        {
          session,
          patient,
          events: session.adverseEvents,
          daysAgo: daysBetween(dayOf(session.date), dayOf(now)),
          severity
        }
      ]
    })
    .sort((a, b) => b.session.date.localeCompare(a.session.date))
}
