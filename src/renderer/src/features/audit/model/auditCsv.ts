import { AUDIT_ACTION_LABELS, type AuditEntry } from '@shared/domain/audit'

const field = (value: string | number | null): string => {
  const text = value === null ? '' : String(value)
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The trail as CSV, one row per entry, with each entry's hash so the chain can be rechecked. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const header = [
    'seq',
    'at',
    'therapist_id',
    'therapist',
    'action',
    'action_label',
    'patient_id',
    'record_id',
    'detail',
    'prev_hash',
    'hash'
  ]
  const lines = [header.join(',')]
  for (const e of entries)
    lines.push(
      [
        e.seq,
        e.at,
        e.therapistId,
        e.therapistName,
        e.action,
        AUDIT_ACTION_LABELS[e.action],
        e.patientId,
        e.recordId,
        e.detail,
        e.prev,
        e.hash
      ]
        .map(field)
        .join(',')
    )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
