import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import type { AuditEntry } from '@shared/domain/audit'
import type { Credential } from '@shared/domain/auth/credential'
import type { MeasureRecording } from '@shared/domain/measures/record'
import type { Draft } from './database'

/**
 * Every table of the clinic's data, in the order backups write them and restores check them.
 * A table added to the schema is added here too, or backups would leave it behind.
 */
export const BACKUP_TABLES = [
  'patients',
  'races',
  'sessions',
  'settings',
  'drafts',
  'credentials',
  'audit',
  'measures'
] as const
/** Tables every backup has held since the first version; later ones may be absent. */
export const FIRST_BACKUP_TABLES = ['patients', 'races', 'sessions', 'settings', 'drafts'] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]
export type BackupCounts = Record<BackupTable, number>

/** The rows of every table, as a backup holds them. */
export type BackupRows = {
  patients: Patient[]
  races: Race[]
  sessions: Session[]
  settings: Settings[]
  drafts: Draft[]
  credentials: Credential[]
  audit: AuditEntry[]
  measures: MeasureRecording[]
}

export function emptyCounts(): BackupCounts {
  return {
    patients: 0,
    races: 0,
    sessions: 0,
    settings: 0,
    drafts: 0,
    credentials: 0,
    audit: 0,
    measures: 0
  }
}

export function totalRows(counts: BackupCounts): number {
  return BACKUP_TABLES.reduce((sum, t) => sum + counts[t], 0)
}
