import { formatDateTime } from '@shared/dates'
import { SIDE_LABELS } from '@shared/domain/common'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'
import { Link } from '@renderer/lib/router'

export type SessionListProps = { patientId: string; sessions: Session[] | undefined }

/** Sessions as a table: when, who, what was needled, pain before and after. */
export function SessionList({ patientId, sessions }: SessionListProps) {
  if (sessions === undefined) return <div className="card__body" aria-busy="true" />
  if (sessions.length === 0) return <div className="empty-state">No sessions logged yet.</div>
  // A grid of rows rather than a <table>: each row can skip layout and paint while it is off
  // screen (content-visibility), so a long history opens as fast as a short one.
  return (
    <div role="table" aria-label="Sessions" className="session-table">
      <div role="rowgroup">
        <div role="row" className="session-table__row session-table__row--head">
          <span role="columnheader">Date</span>
          <span role="columnheader">Muscles</span>
          <span role="columnheader">Pain before → after</span>
          <span role="columnheader">Therapist</span>
          <span role="columnheader">Status</span>
        </div>
      </div>
      <div role="rowgroup">
        {sessions.map((s) => (
          <div role="row" key={s.id} className="session-table__row">
            <span role="cell" className="num">
              <Link to={{ name: 'session', patientId, sessionId: s.id }}>
                {formatDateTime(s.date)}
              </Link>
            </span>
            <span role="cell">
              {s.muscles.length === 0 ? (
                <span className="muted">No needling</span>
              ) : (
                s.muscles
                  .map((m) => `${muscleName(m.muscleId)} (${SIDE_LABELS[m.side].toLowerCase()})`)
                  .join(', ')
              )}
            </span>
            <span role="cell" className="num" data-label="Pain">
              {s.painBefore ?? '–'} → {s.painAfter ?? '–'}
            </span>
            <span role="cell">{s.therapist.name}</span>
            <span role="cell" className="session-table__status">
              {s.status === 'final' ? (
                <span className="badge">Final</span>
              ) : (
                <span className="badge badge--primary">Open</span>
              )}
              {s.adverseEvents.length > 0 ? (
                <span className="badge badge--danger">{s.adverseEvents.length} adverse</span>
              ) : null}
            </span>
          </div>
        ))}
      </div>
    </div>
  )
}
