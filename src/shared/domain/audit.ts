import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/**
 * The audit trail (HIPAA 164.312(b) audit controls; docs/clinical-reference.md, "Records"):
 * who did what to which record, and when. Append-only and chained: each entry holds a SHA-256
 * over its content and the previous entry's hash, so an entry altered or removed afterwards
 * breaks the chain from there on.
 */
export const AUDIT_ACTIONS = [
  'signed-in',
  'signed-out',
  'sign-in-failed',
  'locked',
  'unlocked',
  'patient-viewed',
  'patient-created',
  'patient-edited',
  'patient-archived',
  'patient-unarchived',
  'patient-trashed',
  'patient-restored',
  'patient-purged',
  'session-created',
  'session-edited',
  'session-finalised',
  'session-amended',
  'session-follow-up',
  'session-deleted',
  'sheet-printed',
  'sheet-saved',
  'race-created',
  'race-edited',
  'race-deleted',
  'measures-recorded',
  'measures-edited',
  'measures-deleted',
  'csv-exported',
  'backed-up',
  'restored',
  'backups-encrypted',
  'backups-removed',
  'settings-changed',
  'therapist-added',
  'therapist-changed',
  'passphrase-changed',
  'passphrase-reset',
  'recovery-code-used'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  'sign-in-failed': 'Failed sign-in',
  locked: 'Locked',
  unlocked: 'Unlocked',
  'patient-viewed': 'Viewed patient',
  'patient-created': 'Added patient',
  'patient-edited': 'Edited patient',
  'patient-archived': 'Archived patient',
  'patient-unarchived': 'Restored patient from archive',
  'patient-trashed': 'Moved patient to trash',
  'patient-restored': 'Restored patient from trash',
  'patient-purged': 'Deleted patient forever',
  'session-created': 'Logged session',
  'session-edited': 'Edited session',
  'session-finalised': 'Finalised (signed) session',
  'session-amended': 'Amended session',
  'session-follow-up': 'Added follow-up',
  'session-deleted': 'Deleted session',
  'sheet-printed': 'Printed sheet',
  'sheet-saved': 'Saved sheet as PDF',
  'race-created': 'Added race',
  'race-edited': 'Edited race',
  'race-deleted': 'Deleted race',
  'measures-recorded': 'Recorded measures',
  'measures-edited': 'Edited measures',
  'measures-deleted': 'Deleted measures',
  'csv-exported': 'Exported sessions (CSV)',
  'backed-up': 'Made a backup',
  restored: 'Restored a backup',
  'backups-encrypted': 'Encrypted older automatic backups',
  'backups-removed': 'Removed older unencrypted automatic backups',
  'settings-changed': 'Changed settings',
  'therapist-added': 'Added therapist',
  'therapist-changed': 'Changed therapist',
  'passphrase-changed': 'Changed own passphrase',
  'passphrase-reset': 'Reset a passphrase',
  'recovery-code-used': 'Used the recovery code'
}

export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: timestampSchema,
  /** Who acted; null before anyone signed in (a failed sign-in). */
  therapistId: idSchema.nullable(),
  therapistName: z.string().max(200),
  action: z.enum(AUDIT_ACTIONS),
  patientId: idSchema.nullable(),
  /** The record acted on: a session, race or therapist id. */
  recordId: z.string().max(200).nullable(),
  /** A few words more, never clinical content ("Maya Chen", "A4"). */
  detail: z.string().max(500),
  prev: z.string(),
  hash: z.string()
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
export type AuditContent = Omit<AuditEntry, 'prev' | 'hash'>

/** The hash before the first entry. */
export const CHAIN_START = '0'.repeat(64)

/** What an entry's hash covers: its fields in a fixed order, and the previous hash. */
export function chainInput(entry: AuditContent, prev: string): string {
  return JSON.stringify([
    prev,
    entry.seq,
    entry.at,
    entry.therapistId,
    entry.therapistName,
    entry.action,
    entry.patientId,
    entry.recordId,
    entry.detail
  ])
}

/**
 * The entry's hash, computed synchronously so the entry is written in the same IndexedDB
 * transaction as the change it records (an await on WebCrypto would let that transaction
 * commit early). The tests check it against WebCrypto's SHA-256.
 */
export function chainHash(entry: AuditContent, prev: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(chainInput(entry, prev))))
}

export function sealEntry(entry: AuditContent, prev: string): AuditEntry {
  return { ...entry, prev, hash: chainHash(entry, prev) }
}

export type ChainCheck =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: number; reason: 'altered' | 'missing' }

/**
 * Checks a run of entries in order, continuing from `prev` (the hash before the run):
 * each entry's hash must be what its content gives, and must be the next entry's `prev`.
 * Hashes are recomputed with the same SHA-256 the writes use (its agreement with WebCrypto's
 * is tested), without a promise per entry, so 200,000 entries check in about a second.
 */
export async function checkChain(
  entries: readonly AuditEntry[],
  prev: string,
  expectedSeq: number
): Promise<ChainCheck> {
  let last = prev
  let seq = expectedSeq
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    if (entry.seq !== seq || entry.prev !== last)
      return { ok: false, count: i, brokenAt: seq, reason: 'missing' }
    if (chainHash(entry, entry.prev) !== entry.hash)
      return { ok: false, count: i, brokenAt: entry.seq, reason: 'altered' }
    last = entry.hash
    seq++
  }
  return { ok: true, count: entries.length }
}
