import type { AutoBackupKind } from '../../shared/ipc'

/**
 * Automatic backups are named after their kind and the moment they were made (UTC), e.g.
 * "auto-2026-03-16T09-00-00-000Z.racepoint" (sealed with the clinic's key; ".json" for a plain
 * one, from before the clinic's data was sealed). The name is the only thing the renderer may
 * send to pick one, so anything that does not match exactly is refused: no paths, no other
 * files.
 */
export const BACKUP_NAME_PATTERN =
  /^(auto|before-restore)-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.(json|racepoint)$/

export type ParsedBackupName = {
  name: string
  kind: AutoBackupKind
  createdAt: Date
  isSealed: boolean
}

export function backupName(kind: AutoBackupKind, at: Date, isSealed = false): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-')
  return `${kind}-${stamp}.${isSealed ? 'racepoint' : 'json'}`
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return null
  const [, kind, y, mo, d, h, mi, s, ms, extension] = match
  const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`)
  if (Number.isNaN(createdAt.getTime())) return null
  return { name, kind: kind as AutoBackupKind, createdAt, isSealed: extension === 'racepoint' }
}
