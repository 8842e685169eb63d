import type { SchemaVersion } from './types'

/**
 * Therapists sign in, and every access is on the record: `credentials` holds each
 * therapist's passphrase hash (and the recovery code's), `audit` the chained trail, ordered
 * by `seq` and found by patient, therapist and time. Sessions name who entered them besides
 * who treated; those logged before this version say nobody (`enteredBy: null`).
 */
export const v0004SignInAndAudit: SchemaVersion = {
  version: 4,
  name: 'sign-in-and-audit',
  stores: {
    credentials: 'id',
    audit: 'seq, at, [patientId+seq], [therapistId+seq], action'
  },
  async upgrade(tx) {
    await tx
      .table('sessions')
      .toCollection()
      .modify((session: Record<string, unknown>) => {
        if (!('enteredBy' in session)) session['enteredBy'] = null
      })
  }
}

/** The same change for rows read from a backup made at version 3. */
export function upgradeSessionRowToV4(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row
  const session = row as Record<string, unknown>
  return { ...session, enteredBy: 'enteredBy' in session ? session['enteredBy'] : null }
}
