import { formatDateTime } from '@shared/dates'
import { SIDE_LABELS } from '@shared/domain/common'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'
import { Link } from '../../../app/router'

export type SessionListProps = { patientId: string; sessions: Session[] | undefined }

/** Sessions as a table: when, who, what was needled, pain before and after. */
export function SessionList({ patientId, sessions }: SessionListProps) {
  if (sessions === undefined) return <div className="card__body" aria-busy="true" />
  if (sessions.length === 0) return <div className="empty-state">No sessions logged yet.</div>
  return (
    <table className="table" aria-label="Sessions">
      <thead>
        <tr>
          <th>Date</th>
          <th>Muscles</th>
          <th>Pain before → after</th>
          <th>Therapist</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td className="num">
              <Link to={{ name: 'session', patientId, sessionId: s.id }}>
                {formatDateTime(s.date)}
              </Link>
            </td>
            <td>
              {s.muscles.length === 0 ? (
                <span className="muted">No needling</span>
              ) : (
                s.muscles
                  .map((m) => `${muscleName(m.muscleId)} (${SIDE_LABELS[m.side].toLowerCase()})`)
                  .join(', ')
              )}
            </td>
            <td className="num">
              {s.painBefore ?? '–'} → {s.painAfter ?? '–'}
            </td>
            <td>{s.therapist.name}</td>
            <td>
              <span className="row row--wrap">
                {s.status === 'final' ? (
                  <span className="badge">Final</span>
                ) : (
                  <span className="badge badge--primary">Open</span>
                )}
                {s.adverseEvents.length > 0 ? (
                  <span className="badge badge--danger">{s.adverseEvents.length} adverse</span>
                ) : null}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
