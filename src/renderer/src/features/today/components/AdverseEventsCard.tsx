import type { ReactNode } from 'react'
import { formatDaysFrom } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { ADVERSE_EVENT_LABELS } from '@shared/domain/session'
import { Link } from '@renderer/lib/router'
import type { RecentAdverseEvent } from '../model/adverse'
import { ADVERSE_EVENT_DAYS } from '../model/horizons'

export type AdverseEventsCardProps = { events: readonly RecentAdverseEvent[]; footer?: ReactNode }

const SEVERITY_LABELS = { mild: 'Mild', significant: 'Significant', serious: 'Serious' } as const

/** Adverse events recorded in the last two weeks, newest first. */
export function AdverseEventsCard({ events, footer }: AdverseEventsCardProps) {
  return (
    <section className="card" aria-labelledby="today-adverse">
      <div className="card__header">
        <h2 id="today-adverse">Recent adverse events</h2>
        <span className="muted small">Last {ADVERSE_EVENT_DAYS} days</span>
      </div>
      {events.length === 0 ? (
        <div className="empty-state empty-state--compact">
          No adverse events in the last {ADVERSE_EVENT_DAYS} days.
        </div>
      ) : (
        <ul className="list" aria-label="Recent adverse events">
          {events.map((e) => (
            <li key={e.session.id} className="list-row">
              <span
                className={`badge ${e.severity === 'mild' ? 'badge--warning' : 'badge--danger'}`}
              >
                {SEVERITY_LABELS[e.severity]}
              </span>
              <div className="grow">
                <Link to={{ name: 'session', patientId: e.patient.id, sessionId: e.session.id }}>
                  {fullName(e.patient)}
                </Link>
                <div className="muted small">
                  {e.events.map((ev) => ADVERSE_EVENT_LABELS[ev.category]).join(', ')}
                </div>
              </div>
              <span className="muted small">{formatDaysFrom(-e.daysAgo)}</span>
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  )
}
