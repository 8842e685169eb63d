import { ADVERSE_EVENT_LABELS, type Session } from '@shared/domain/session'
import { formatPpt } from '../../model/format'
import { PainChangeNote } from '../form/PainChangeNote'

export type SessionAfterCardProps = { session: Session }

const TOLERANCE = { good: 'Good', fair: 'Fair', poor: 'Poor' } as const
const SEVERITY = { mild: 'Mild', significant: 'Significant', serious: 'Serious' } as const

export function SessionAfterCard({ session }: SessionAfterCardProps) {
  return (
    <section className="card" aria-labelledby="s-after">
      <div className="card__header">
        <h2 id="s-after">After needling</h2>
        <PainChangeNote before={session.painBefore} after={session.painAfter} />
      </div>
      <div className="card__body">
        <dl className="facts">
          <dt>Pain after</dt>
          <dd className="num nowrap">
            {session.painAfter === null ? '–' : `${session.painAfter} / 10`}
          </dd>
          <dt>PPT after</dt>
          <dd className="num">{formatPpt(session.pptAfter)}</dd>
          <dt>Tolerance</dt>
          <dd>{session.tolerance ? TOLERANCE[session.tolerance] : '–'}</dd>
          <dt>Outcome</dt>
          <dd>{session.outcome || '–'}</dd>
          <dt>Adverse events</dt>
          <dd>
            {session.adverseEvents.length === 0 ? (
              'None'
            ) : (
              <ul className="list stack" style={{ gap: 4 }} aria-label="Adverse events">
                {session.adverseEvents.map((e, i) => (
                  <li key={i}>
                    <span
                      className={`badge ${e.severity === 'mild' ? 'badge--warning' : 'badge--danger'}`}
                    >
                      {SEVERITY[e.severity]}
                    </span>{' '}
                    {ADVERSE_EVENT_LABELS[e.category]}
                    {e.note ? <span className="muted"> · {e.note}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </div>
    </section>
  )
}
