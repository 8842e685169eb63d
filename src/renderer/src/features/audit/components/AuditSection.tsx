import { useMemo, useState } from 'react'
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '@shared/domain/audit'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { useNotify } from '@renderer/components/Toasts'
import { saveFile } from '@renderer/lib/bridge'
import { useAuditEntries, useAuditExport, useChainCheck } from '../hooks/useAudit'
import { auditCsv } from '../model/auditCsv'
import { AuditTable } from './AuditTable'

export type AuditSectionProps = { settings: Settings; isOwner: boolean }

/**
 * The clinic's audit trail, for its owner: every sign-in, view, change, print and export,
 * filtered by patient, therapist, action and dates, with the chain checked end to end.
 */
export function AuditSection({ settings, isOwner }: AuditSectionProps) {
  const [therapistId, setTherapistId] = useState('')
  const [action, setAction] = useState<AuditAction | ''>('')
  const [patientId, setPatientId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const filter = useMemo(
    () => ({
      ...(therapistId ? { therapistId } : {}),
      ...(action ? { action } : {}),
      ...(patientId.trim() ? { patientId: patientId.trim() } : {}),
      ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
      ...(to ? { to: new Date(`${to}T23:59:59.999`).toISOString() } : {})
    }),
    [therapistId, action, patientId, from, to]
  )
  const entries = useAuditEntries(filter, 200)
  const chain = useChainCheck()
  const exportAll = useAuditExport()
  const notify = useNotify()

  if (!isOwner) {
    return (
      <section className="card settings-section" aria-labelledby="audit-title">
        <div className="settings-section__intro">
          <h2 id="audit-title">Audit trail</h2>
          <p>Only the clinic’s owner sees the whole trail. Each patient’s page shows its own.</p>
        </div>
      </section>
    )
  }

  const handleExport = async (): Promise<void> => {
    const saved = await saveFile('csv', 'racepoint-audit-trail.csv', async () => {
      const rows = await exportAll.entries()
      return { ok: true, value: new Blob([auditCsv(rows)], { type: 'text/csv' }) }
    })
    if (!saved.ok) return notify(saved.error, { isError: true })
    if (saved.value) {
      await exportAll.recordExport()
      notify(`Audit trail saved to ${saved.value.savedAs}`)
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="audit-title">
      <div className="settings-section__intro">
        <h2 id="audit-title">Audit trail</h2>
        <p>
          Who signed in, opened, changed, printed, exported or deleted what. Each entry is chained
          to the one before, so an entry changed or removed afterwards shows here.
        </p>
      </div>
      <div className="stack">
        <div className="row row--wrap" role="group" aria-label="Chain check">
          <button
            type="button"
            className="btn"
            disabled={chain.status.kind === 'checking'}
            onClick={() => void chain.run()}
          >
            Check the trail
          </button>
          <span role="status" className="small">
            {chain.status.kind === 'checking'
              ? `Checking… ${chain.status.done} of ${chain.status.total}`
              : chain.status.kind === 'done'
                ? chain.status.check.ok
                  ? `The trail is intact: ${chain.status.check.count} entries checked.`
                  : `The trail has been tampered with: entry ${chain.status.check.brokenAt} was ${chain.status.check.reason === 'altered' ? 'altered' : 'removed or reordered'}.`
                : ''}
          </span>
          <button type="button" className="btn" onClick={() => void handleExport()}>
            Export CSV
          </button>
        </div>
        <div className="form-grid">
          <Field label="Therapist">
            <select
              className="select"
              value={therapistId}
              onChange={(e) => setTherapistId(e.target.value)}
            >
              <option value="">Anyone</option>
              {settings.therapists.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Action">
            <select
              className="select"
              value={action}
              onChange={(e) => setAction(e.target.value as AuditAction | '')}
            >
              <option value="">Any</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {AUDIT_ACTION_LABELS[a]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Patient id" hint="From the patient's page address">
            <input
              className="input"
              value={patientId}
              onChange={(e) => setPatientId(e.target.value)}
            />
          </Field>
          <Field label="From">
            <input
              className="input"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </Field>
          <Field label="To">
            <input
              className="input"
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </Field>
        </div>
        {entries === undefined ? (
          <div aria-busy="true" />
        ) : (
          <AuditTable
            entries={entries}
            caption="The clinic's audit trail"
            patientName={(id) => id}
          />
        )}
      </div>
    </section>
  )
}
