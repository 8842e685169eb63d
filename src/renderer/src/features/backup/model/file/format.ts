import { z } from 'zod'
import { patientSchema } from '@shared/domain/patient'
import { raceSchema } from '@shared/domain/race'
import { sessionSchema } from '@shared/domain/session'
import { settingsSchema } from '@shared/domain/settings'
import { auditEntrySchema } from '@shared/domain/audit'
import { credentialSchema } from '@shared/domain/auth/credential'
import { measureRecordingSchema } from '@shared/domain/measures/record'
import { BACKUP_TABLES, FIRST_BACKUP_TABLES, type BackupTable } from '@renderer/db/tables'

/**
 * The backup file: one JSON document, written one row per line so it can be read back in
 * pieces, with progress, however large the clinic.
 *
 *   {"format":"racepoint-backup","formatVersion":1,"schemaVersion":1,…,"tables":{
 *   "patients":[
 *   {…one patient…},
 *   {…}
 *   ],
 *   "races":[
 *   ],
 *   …
 *   "drafts":[
 *   ]
 *   }}
 *
 * The checksum is SHA-256 over every byte after the first line: the tables exactly as laid
 * out (each row as JSON.stringify writes it, one per line). Anyone can check a backup with
 * `tail -n +2 backup.json | sha256sum`.
 */
export const BACKUP_FORMAT = 'racepoint-backup'
/** Bump when the file layout changes; older Racepoints then refuse the file as too new. */
export const BACKUP_FORMAT_VERSION = 1
export const CHECKSUM_ALGORITHM = 'SHA-256'

/** An unsaved session form (mirrors the drafts table). */
export const draftSchema = z.object({
  id: z.string().min(1).max(200),
  patientId: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64).nullable(),
  data: z.unknown(),
  updatedAt: z.string()
})

/** Each table's rows are checked with the same schema the app writes them with. */
export const ROW_SCHEMAS = {
  patients: patientSchema,
  races: raceSchema,
  sessions: sessionSchema,
  settings: settingsSchema,
  drafts: draftSchema,
  credentials: credentialSchema,
  audit: auditEntrySchema,
  measures: measureRecordingSchema
} satisfies Record<BackupTable, z.ZodType>

export const ROW_LABELS: Record<BackupTable, string> = {
  patients: 'patient',
  races: 'race',
  sessions: 'session',
  settings: 'clinic settings record',
  drafts: 'unsaved session draft',
  credentials: 'sign-in record',
  audit: 'audit trail entry',
  measures: 'measure recording'
}

/** Tables added after the first version are absent from older files: they hold none. */
const countsSchema = z.object(
  Object.fromEntries(
    BACKUP_TABLES.map((t) => [
      t,
      (FIRST_BACKUP_TABLES as readonly string[]).includes(t)
        ? z.number().int().min(0)
        : z.number().int().min(0).default(0)
    ])
  ) as Record<BackupTable, z.ZodNumber>
)

/** The tables a file holds, in the order it holds them: those its header counts. */
export function tablesInFile(rawCounts: Record<string, unknown>): BackupTable[] {
  return BACKUP_TABLES.filter(
    (t) => (FIRST_BACKUP_TABLES as readonly string[]).includes(t) || t in rawCounts
  )
}

/** What the first line of a backup says about it. */
export const backupHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  counts: countsSchema,
  checksum: z.object({ algorithm: z.literal(CHECKSUM_ALGORITHM), value: z.string() })
})
export type BackupHeader = z.infer<typeof backupHeaderSchema>

/** The first line ends by opening the tables object. */
export const HEADER_SUFFIX = ',"tables":{'

export const tableOpenLine = (table: BackupTable): string => `${JSON.stringify(table)}:[`

/** "racepoint-backup-2026-03-16-0930.json" (the clinic's local time). */
export function backupFileName(localDateTime: string, prefix = 'racepoint-backup'): string {
  return `${prefix}-${localDateTime.slice(0, 10)}-${localDateTime.slice(11, 13)}${localDateTime.slice(14, 16)}.json`
}
