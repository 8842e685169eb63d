/**
 * What the backup commands do, start to finish: read the clinic through the backup
 * repository, build or check a file with the pure model, and save or fetch it through the
 * bridge. Components reach these through BackupProvider.
 */
import { toLocalDateTime } from '@shared/dates'
import type { AutoBackupKind } from '@shared/ipc'
import { err, ok, type Result } from '@shared/result'
import type { BackupRepository } from '@renderer/db/repositories/backup'
import { LATEST_VERSION } from '@renderer/db/versions'
import { getAppInfo, keepAutomaticBackup, saveFile, type SaveOutcome } from '@renderer/lib/bridge'
import { createBackup } from './model/file/createBackup'
import { createMeasuresCsv, createSessionsCsv } from './model/csv/createCsv'
import { backupFileName } from './model/file/format'
import type { BackupProblem } from './model/file/problems'
import type { ProgressListener } from './model/progress'
import { readBackupFile, type VerifiedBackup } from './model/file/reader'
import type { WrittenBackup } from './model/file/writer'
import { totalRows, type BackupCounts } from '@renderer/db/tables'

export type BackupDeps = {
  backup: BackupRepository
  now: () => Date
  /** Puts what was done on the audit trail. */
  record: (action: 'backed-up' | 'csv-exported' | 'restored') => Promise<unknown>
}

let appVersion: Promise<string> | null = null
function currentAppVersion(): Promise<string> {
  appVersion ??= getAppInfo().then((info) => (info.ok ? info.value.version : 'unknown'))
  return appVersion
}

async function buildBackup(
  deps: BackupDeps,
  onProgress?: ProgressListener
): Promise<Result<WrittenBackup, string>> {
  const built = await createBackup(
    deps.backup,
    { appVersion: await currentAppVersion(), schemaVersion: LATEST_VERSION, createdAt: deps.now() },
    onProgress
  )
  return built.ok ? built : err(built.error.message)
}

const stamp = (deps: BackupDeps): string => toLocalDateTime(deps.now())

/** Back Up…: the whole clinic to a file the user names (a download in a browser). */
export async function backUpToFile(
  deps: BackupDeps,
  onProgress?: ProgressListener
): Promise<Result<SaveOutcome, string>> {
  const saved = await saveFile('backup', backupFileName(stamp(deps)), async () => {
    const built = await buildBackup(deps, onProgress)
    return built.ok ? ok(built.value.blob) : built
  })
  if (saved.ok && saved.value) await deps.record('backed-up')
  return saved
}

/** Export Sessions to CSV…: every session, one row per needled muscle. */
export async function exportCsvToFile(
  deps: BackupDeps,
  onProgress?: ProgressListener
): Promise<Result<SaveOutcome, string>> {
  const name = backupFileName(stamp(deps), 'racepoint-sessions').replace(/\.json$/, '.csv')
  const saved = await saveFile('csv', name, async () => {
    const csv = await createSessionsCsv(deps.backup, onProgress)
    return csv.ok ? ok(csv.value.blob) : err(csv.error.message)
  })
  if (saved.ok && saved.value) await deps.record('csv-exported')
  return saved
}

/** Export Measures to CSV…: every measure value, one row per value. */
export async function exportMeasuresCsvToFile(
  deps: BackupDeps
): Promise<Result<SaveOutcome, string>> {
  const name = backupFileName(stamp(deps), 'racepoint-measures').replace(/\.json$/, '.csv')
  const saved = await saveFile('csv', name, async () => {
    const csv = await createMeasuresCsv(deps.backup)
    return csv.ok ? ok(csv.value.blob) : err(csv.error.message)
  })
  if (saved.ok && saved.value) await deps.record('csv-exported')
  return saved
}

/** Checks a backup file completely; nothing is written. */
export function checkBackup(
  bytes: Uint8Array<ArrayBuffer>,
  onProgress?: ProgressListener
): Promise<Result<VerifiedBackup, BackupProblem>> {
  return readBackupFile(bytes, {
    latestSchemaVersion: LATEST_VERSION,
    ...(onProgress ? { onProgress } : {})
  })
}

/** Writes an automatic backup (desktop: the backups folder). Null when none is kept here. */
export async function writeAutomaticBackup(
  deps: BackupDeps,
  kind: AutoBackupKind,
  onProgress?: ProgressListener
): Promise<Result<{ name: string } | null, string>> {
  const built = await buildBackup(deps, onProgress)
  if (!built.ok) return built
  return keepAutomaticBackup(
    kind,
    built.value.blob,
    backupFileName(stamp(deps), `racepoint-${kind}`)
  )
}

export type RestoreOutcome = {
  counts: BackupCounts
  safetyCopy: string | null
  /** What the file held that was not restored (see VerifiedBackup). */
  leftOut: string[]
}

/**
 * Replaces the clinic with a checked backup, after keeping a copy of what it replaces. If
 * that copy cannot be saved, nothing is restored.
 */
export async function restoreBackup(
  deps: BackupDeps,
  verified: VerifiedBackup,
  onProgress?: ProgressListener
): Promise<Result<RestoreOutcome, string>> {
  const current = await deps.backup.counts()
  let safetyCopy: string | null = null
  if (totalRows(current) > 0) {
    const copy = await writeAutomaticBackup(deps, 'before-restore', (p) =>
      onProgress?.({ ...p, phase: 'saving-copy' })
    )
    if (!copy.ok) {
      return err(
        `Racepoint could not save a copy of the current data first, so it did not restore the backup. Nothing has been changed. (${copy.error})`
      )
    }
    safetyCopy = copy.value?.name ?? null
  }
  const replaced = await deps.backup.replaceAll(verified.rows, (done, total) =>
    onProgress?.({ phase: 'restoring', done, total })
  )
  if (!replaced.ok) return err(replaced.error.message)
  // The restored trail is in place: the restore is its next entry.
  await deps.record('restored')
  return ok({ counts: replaced.value, safetyCopy, leftOut: verified.leftOut })
}
