import type { ReactNode } from 'react'
import { formatDaysFrom } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import { PriorityBadge } from '@renderer/components/Badges'
import { A_RACE_SOON_DAYS, NOT_SEEN_DAYS } from '../model/horizons'
import type { ARaceAlert } from '../model/races'

export type ARaceAlertsCardProps = { alerts: readonly ARaceAlert[]; footer?: ReactNode }

/** Runners with a goal race coming who have not been seen lately and have nothing booked. */
export function ARaceAlertsCard({ alerts, footer }: ARaceAlertsCardProps) {
  return (
    <section className="card" aria-labelledby="today-a-races">
      <div className="card__header">
        <h2 id="today-a-races">A race soon, not seen lately</h2>
        <span className="muted small">
          Within {A_RACE_SOON_DAYS / 7} weeks · unseen {NOT_SEEN_DAYS}+ days · none booked
        </span>
      </div>
      {alerts.length === 0 ? (
        <div className="empty-state empty-state--compact">
          Every runner with an A race soon has been seen or is booked.
        </div>
      ) : (
        <ul className="list" aria-label="A race soon, not seen lately">
          {alerts.map((a) => (
            <li key={a.race.id} className="list-row">
              <PriorityBadge priority={a.race.priority} />
              <div className="grow">
                <Link to={{ name: 'patient', patientId: a.patient.id, tab: 'overview' }}>
                  {fullName(a.patient)}
                </Link>
                <div className="muted small">
                  {a.race.name} {formatDaysFrom(a.daysLeft)} ·{' '}
                  {a.lastSeenDaysAgo === null
                    ? 'never seen'
                    : `last seen ${formatDaysFrom(-a.lastSeenDaysAgo)}`}
                </div>
              </div>
              {a.patient.phone ? (
                <span className="muted small num nowrap">{a.patient.phone}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  )
}
