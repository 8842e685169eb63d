import { formatDateTime } from '@shared/dates'
import { AUDIT_ACTION_LABELS, type AuditEntry } from '@shared/domain/audit'

export type AuditTableProps = {
  entries: readonly AuditEntry[]
  caption: string
  /** Names a patient id (the clinic's trail); a patient's own history leaves it out. */
  patientName?: (id: string) => string
}

/** Entries of the audit trail: when, who, what, and which record. */
export function AuditTable({ entries, caption, patientName }: AuditTableProps) {
  if (entries.length === 0) return <p className="muted">Nothing on the trail yet.</p>
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            {patientName ? <th scope="col">Patient</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{formatDateTime(new Date(e.at))}</td>
              <td>{e.therapistName || 'Nobody signed in'}</td>
              <td>
                {AUDIT_ACTION_LABELS[e.action]}
                {e.detail ? <span className="muted small"> · {e.detail}</span> : null}
              </td>
              {patientName ? <td>{e.patientId ? patientName(e.patientId) : ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
