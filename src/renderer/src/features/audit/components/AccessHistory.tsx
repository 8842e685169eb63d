import { useAuditEntries } from '../hooks/useAudit'
import { AuditTable } from './AuditTable'

/** Who opened, changed, printed or exported this patient's record, newest first. */
export function AccessHistory({ patientId }: { patientId: string }) {
  const entries = useAuditEntries({ patientId }, 50)
  return (
    <section className="card" aria-labelledby="access-title">
      <div className="card__header">
        <h2 id="access-title">Access history</h2>
        <span className="muted small">The latest 50 entries of the clinic’s audit trail</span>
      </div>
      <div className="card__body">
        {entries === undefined ? (
          <div aria-busy="true" />
        ) : (
          <AuditTable entries={entries} caption="Access history of this patient" />
        )}
      </div>
    </section>
  )
}
