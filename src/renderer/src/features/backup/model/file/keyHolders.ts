import type { Credential } from '@shared/domain/auth/credential'
import type { BackupRows } from '@renderer/db/tables'

/**
 * The rows a sealed clinic is given on restore. Its credentials must be the ones holding a
 * wrapped copy of its key (otherwise nobody could open it afterwards): those of the sealed
 * file's header, or the clinic's own for an older plain file, whose sign-ins hold no key. A
 * therapist holding one who is missing from the restored settings is added back, so nobody
 * who can sign in now is locked out by the restore.
 */
export function withKeyHolders(
  rows: BackupRows,
  credentials: readonly Credential[],
  holders: readonly { id: string; name: string }[]
): BackupRows {
  const settings = rows.settings[0]
  const out: BackupRows = { ...rows, credentials: [...credentials] }
  if (!settings) return out
  const hasKey = new Set(credentials.map((c) => c.id))
  const present = new Set(settings.therapists.map((t) => t.id))
  const missing = holders
    .filter((h) => hasKey.has(h.id) && !present.has(h.id))
    .map((h) => ({ id: h.id, name: h.name, credentials: '', isActive: true }))
  if (missing.length > 0)
    out.settings = [{ ...settings, therapists: [...settings.therapists, ...missing] }]
  return out
}
