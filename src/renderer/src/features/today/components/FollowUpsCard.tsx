import type { ReactNode } from 'react'
import { formatTime, formatWeekday } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import type { FollowUpDue } from '../model/followUps'

export type FollowUpsCardProps = { followUps: readonly FollowUpDue[]; footer?: ReactNode }

const CHECK_LABELS = { '24h': '24 h', '48h': '48 h', '72h': '72 h' } as const

/** Post-needling soreness checks that are due and not recorded yet. */
export function FollowUpsCard({ followUps, footer }: FollowUpsCardProps) {
  return (
    <section className="card" aria-labelledby="today-follow-ups">
      <div className="card__header">
        <h2 id="today-follow-ups">Soreness follow-ups due</h2>
        <span className="muted small">24, 48 and 72 h after needling</span>
      </div>
      {followUps.length === 0 ? (
        <div className="empty-state empty-state--compact">No soreness checks due.</div>
      ) : (
        <ul className="list" aria-label="Soreness follow-ups due">
          {followUps.map((f) => (
            <li key={f.session.id} className="list-row">
              <div className="grow">
                <Link to={{ name: 'session', patientId: f.patient.id, sessionId: f.session.id }}>
                  {fullName(f.patient)}
                </Link>
                <div className="muted small">
                  Needled {formatWeekday(f.session.date)}, {formatTime(f.session.date)}
                  {f.patient.phone ? (
                    <>
                      {' · '}
                      <span className="nowrap">{f.patient.phone}</span>
                    </>
                  ) : null}
                </div>
              </div>
              <ul className="row row--wrap list follow-up-checks" aria-label="Checks not recorded">
                {f.checks.map((c) => (
                  <li
                    key={c.checkpoint}
                    className={`badge ${c.isDue ? 'badge--warning' : ''}`}
                    title={`${c.isDue ? 'Due since' : 'Due'} ${formatWeekday(c.dueAt)}, ${formatTime(c.dueAt)}`}
                  >
                    {CHECK_LABELS[c.checkpoint]} {c.isDue ? 'due' : `at ${formatTime(c.dueAt)}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  )
}
