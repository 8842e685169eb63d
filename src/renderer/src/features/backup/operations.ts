/**
 * What the backup commands do, start to finish: read the clinic through the backup
 * repository, build or check a file with the pure model, and save or fetch it through the
 * bridge. Components reach these through BackupProvider.
 */
import { toLocalDateTime } from '@shared/dates'
import type { AutoBackupKind } from '@shared/ipc'
import { err, ok, type Result } from '@shared/result'
import type { BackupRepository } from '@renderer/db/repositories/backup'
import type { TherapistRef } from '@shared/domain/session'
import { credentialRowsOf, sealedFileName, type SealedHeader } from './model/file/sealedFormat'
import {
  openSealedBackup,
  readSealedHeader,
  sealBackup,
  unlockSealedBackup,
  type SealedFile
} from './model/file/sealedFile'
import { withKeyHolders } from './model/file/keyHolders'
import { problems } from './model/file/problems'
import { LATEST_VERSION } from '@renderer/db/versions'
import {
  getAppInfo,
  keepAutomaticBackup,
  readAutomaticBackup,
  removeAutomaticBackup,
  saveFile,
  type SaveOutcome
} from '@renderer/lib/bridge'
import type { AutoBackupInfo } from '@shared/ipc'
import { createBackup } from './model/file/createBackup'
import { createMeasuresCsv, createSessionsCsv } from './model/csv/createCsv'
import { backupFileName } from './model/file/format'
import type { BackupProblem } from './model/file/problems'
import type { ProgressListener } from './model/progress'
import { readBackupFile, type VerifiedBackup } from './model/file/reader'
import { totalRows, type BackupCounts } from '@renderer/db/tables'

export type BackupDeps = {
  backup: BackupRepository
  now: () => Date
  /** Puts what was done on the audit trail. */
  record: (note: BackupAuditNote) => Promise<unknown>
}

export type BackupAuditNote = {
  action: 'backed-up' | 'csv-exported' | 'restored' | 'backups-encrypted' | 'backups-removed'
  detail?: string
}

const LOCKED = 'Racepoint is locked: sign in to back up the clinic’s records.'

let appVersion: Promise<string> | null = null
function currentAppVersion(): Promise<string> {
  appVersion ??= getAppInfo().then((info) => (info.ok ? info.value.version : 'unknown'))
  return appVersion
}

export type BuiltBackup = { blob: Blob; isSealed: boolean }

/**
 * A backup of the whole clinic: a sealed file once the clinic's data is sealed (readable only
 * with a therapist's passphrase or the recovery code), a plain one before.
 */
export async function buildBackup(
  deps: BackupDeps,
  onProgress?: ProgressListener
): Promise<Result<BuiltBackup, string>> {
  const sealing = deps.backup.sealing()
  if (sealing.isSealed && !sealing.keys) return err(LOCKED)
  const meta = {
    appVersion: await currentAppVersion(),
    schemaVersion: LATEST_VERSION,
    createdAt: deps.now()
  }
  const built = await createBackup(deps.backup, meta, onProgress)
  if (!built.ok) return err(built.error.message)
  if (!sealing.keys) return ok({ blob: built.value.blob, isSealed: false })
  return ok({
    blob: await sealDocument(deps, built.value.blob, meta, onProgress),
    isSealed: true
  })
}

/** Seals a plain backup document with the clinic's key; the header lists its wrapped copies. */
async function sealDocument(
  deps: BackupDeps,
  document: Blob,
  meta: { appVersion: string; schemaVersion: number; createdAt: Date },
  onProgress?: ProgressListener
): Promise<Blob> {
  const keys = deps.backup.sealing().keys
  if (!keys) throw new Error(LOCKED)
  const copies = await deps.backup.keyCopies()
  const sealed = await sealBackup(
    document,
    keys.id,
    keys.backups,
    { ...meta, ...copies },
    onProgress
  )
  return sealed.blob
}

const stamp = (deps: BackupDeps): string => toLocalDateTime(deps.now())

/** The name the app suggests: the moment alone, never anything about a patient. */
const fileNameFor = (deps: BackupDeps, prefix?: string): string => {
  const name = backupFileName(stamp(deps), prefix)
  return deps.backup.sealing().isSealed ? sealedFileName(name) : name
}

/** Back Up…: the whole clinic to a file the user names (a download in a browser). */
export async function backUpToFile(
  deps: BackupDeps,
  onProgress?: ProgressListener
): Promise<Result<SaveOutcome, string>> {
  if (deps.backup.sealing().isSealed && !deps.backup.sealing().keys) return err(LOCKED)
  const saved = await saveFile('backup', fileNameFor(deps), async () => {
    const built = await buildBackup(deps, onProgress)
    return built.ok ? ok(built.value.blob) : built
  })
  if (saved.ok && saved.value) await deps.record({ action: 'backed-up' })
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
  // A deliberate disclosure: the file is not encrypted, and the trail says so.
  if (saved.ok && saved.value)
    await deps.record({ action: 'csv-exported', detail: 'sessions, not encrypted' })
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
  // A deliberate disclosure: the file is not encrypted, and the trail says so.
  if (saved.ok && saved.value)
    await deps.record({ action: 'csv-exported', detail: 'measures, not encrypted' })
  return saved
}

/** Where a checked backup came from: a sealed file (and, opened by a secret, its key). */
export type SealedOrigin = {
  header: SealedHeader
  /** The clinic key unwrapped from the file, when this clinic is not sealed with it yet. */
  rawKey: Uint8Array | null
  /** Who opened it (null: the recovery code, or the signed-in clinic's own key). */
  openedBy: TherapistRef | null
}

export type CheckedBackup = { verified: VerifiedBackup; sealed: SealedOrigin | null }

/** What a check found: a backup ready to restore, or a sealed one that needs a secret. */
export type CheckOutcome =
  { step: 'checked'; backup: CheckedBackup } | { step: 'needs-secret'; file: SealedFile }

const readDocument = (bytes: Uint8Array<ArrayBuffer>, onProgress?: ProgressListener) =>
  readBackupFile(bytes, {
    latestSchemaVersion: LATEST_VERSION,
    ...(onProgress ? { onProgress } : {})
  })

/**
 * Checks a backup file completely; nothing is written. A sealed file is opened with the
 * signed-in clinic's key when it is this clinic's, refused when it is another's, and asks for
 * a passphrase or the recovery code where the clinic is not sealed yet (a new computer).
 */
export async function checkBackup(
  deps: Pick<BackupDeps, 'backup'>,
  bytes: Uint8Array<ArrayBuffer>,
  onProgress?: ProgressListener
): Promise<Result<CheckOutcome, BackupProblem>> {
  const sealedFile = readSealedHeader(bytes)
  if (!sealedFile.ok) return sealedFile
  if (!sealedFile.value) {
    const verified = await readDocument(bytes, onProgress)
    return verified.ok
      ? ok({ step: 'checked', backup: { verified: verified.value, sealed: null } })
      : verified
  }
  const file = sealedFile.value
  if (file.header.schemaVersion > LATEST_VERSION)
    return err(problems.newerSchema(file.header.schemaVersion, LATEST_VERSION))
  const sealing = deps.backup.sealing()
  if (!sealing.isSealed) return ok({ step: 'needs-secret', file })
  if (!sealing.keys) return err(problems.locked())
  if (sealing.keys.id !== file.header.keyId) return err(problems.otherClinic())
  const verified = await openAndRead(file, sealing.keys.backups, onProgress)
  return verified.ok
    ? ok({
        step: 'checked',
        backup: {
          verified: verified.value,
          sealed: { header: file.header, rawKey: null, openedBy: null }
        }
      })
    : verified
}

async function openAndRead(
  file: SealedFile,
  backupsKey: Uint8Array,
  onProgress?: ProgressListener
): Promise<Result<VerifiedBackup, BackupProblem>> {
  const opened = await openSealedBackup(file, backupsKey, onProgress)
  if (!opened.ok) return opened
  // The document inside is a whole plain backup, checked as one (counts, checksum, rows).
  return readDocument(opened.value, onProgress)
}

/**
 * Opens a sealed backup with a therapist's passphrase (`credentialId` their id) or the
 * recovery code (`credentialId` 'recovery', the code as typed), then checks it completely.
 */
export async function unlockBackup(
  file: SealedFile,
  credentialId: string,
  secret: string,
  onProgress?: ProgressListener
): Promise<Result<CheckedBackup, BackupProblem>> {
  onProgress?.({ phase: 'unlocking', done: 0, total: 0 })
  const unlocked = await unlockSealedBackup(file.header, credentialId, secret)
  if (!unlocked.ok) return unlocked
  const verified = await openAndRead(file, unlocked.value.backupsKey, onProgress)
  if (!verified.ok) return verified
  const therapist = file.header.therapists.find((t) => t.id === credentialId)
  return ok({
    verified: verified.value,
    sealed: {
      header: file.header,
      rawKey: unlocked.value.rawKey,
      openedBy: therapist ? { id: therapist.id, name: therapist.name } : null
    }
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
    { kind, isSealed: built.value.isSealed },
    built.value.blob,
    fileNameFor(deps, `racepoint-${kind}`)
  )
}

export type RestoreOutcome = {
  counts: BackupCounts
  safetyCopy: string | null
  /** The clinic is now sealed with the backup's key: a therapist signs in to open it. */
  isNewlySealed?: boolean
  /** What the file held that was not restored (see VerifiedBackup). */
  leftOut: string[]
}

/**
 * Replaces the clinic with a checked backup, after keeping a copy of what it replaces. If
 * that copy cannot be saved, nothing is restored.
 */
export async function restoreBackup(
  deps: BackupDeps,
  { verified, sealed }: CheckedBackup,
  onProgress?: ProgressListener
): Promise<Result<RestoreOutcome, string>> {
  const sealing = deps.backup.sealing()
  if (sealing.isSealed && !sealing.keys) return err(problems.locked().message)
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
  const onRows = (done: number, total: number): void =>
    onProgress?.({ phase: 'restoring', done, total })
  if (sealed?.rawKey && !sealing.isSealed) {
    // A new computer: the clinic becomes a sealed one, with the backup's key.
    const credentials = credentialRowsOf(sealed.header)
    const made = await deps.backup.restoreAsSealedClinic(
      withKeyHolders(verified.rows, credentials, sealed.header.therapists),
      sealed.rawKey,
      credentials,
      { onRows, at: deps.now(), by: sealed.openedBy }
    )
    if (!made.ok) return err(made.error.message)
    return ok({ counts: made.value, safetyCopy, leftOut: verified.leftOut, isNewlySealed: true })
  }
  let rows = verified.rows
  if (sealing.isSealed) {
    const holders = sealed
      ? { credentials: credentialRowsOf(sealed.header), therapists: sealed.header.therapists }
      : await deps.backup.keyCopies()
    rows = withKeyHolders(rows, holders.credentials, holders.therapists)
  }
  const replaced = await deps.backup.replaceAll(rows, onRows)
  if (!replaced.ok) return err(replaced.error.message)
  // The restored trail is in place: the restore is its next entry.
  await deps.record({ action: 'restored' })
  return ok({ counts: replaced.value, safetyCopy, leftOut: verified.leftOut })
}

export type PlainBackupsOutcome = { done: number; skipped: number }

/**
 * Seals, with the user's consent, the plain automatic backups kept from before the clinic's
 * data was sealed: each is checked, sealed as it is (its own moment and version kept), and
 * only once the sealed copy is on disk is the plain file removed. One that does not check
 * out is left as it is, to be removed instead.
 */
export async function encryptPlainBackups(
  deps: BackupDeps,
  backups: readonly AutoBackupInfo[],
  onProgress?: ProgressListener
): Promise<Result<PlainBackupsOutcome, string>> {
  if (!deps.backup.sealing().keys) return err(LOCKED)
  const plain = backups.filter((b) => !b.isSealed)
  let done = 0
  let skipped = 0
  for (const [index, info] of plain.entries()) {
    onProgress?.({ phase: 'encrypting', done: index, total: plain.length })
    const bytes = await readAutomaticBackup(info.name)
    if (!bytes.ok) return err(bytes.error)
    const verified = await readDocument(bytes.value)
    if (!verified.ok) {
      skipped++
      continue
    }
    const { header } = verified.value
    const blob = await sealDocument(deps, new Blob([bytes.value]), {
      appVersion: header.appVersion,
      schemaVersion: header.schemaVersion,
      createdAt: new Date(header.createdAt)
    })
    const kept = await keepAutomaticBackup(
      { kind: info.kind, isSealed: true, replaces: info.name },
      blob,
      info.name
    )
    if (!kept.ok) return err(kept.error)
    done++
  }
  onProgress?.({ phase: 'encrypting', done: plain.length, total: plain.length })
  if (done > 0) await deps.record({ action: 'backups-encrypted', detail: `${done}` })
  return ok({ done, skipped })
}

/** Removes, with the user's consent, the plain automatic backups from before sealing. */
export async function removePlainBackups(
  deps: BackupDeps,
  backups: readonly AutoBackupInfo[]
): Promise<Result<PlainBackupsOutcome, string>> {
  let done = 0
  for (const info of backups.filter((b) => !b.isSealed)) {
    const removed = await removeAutomaticBackup(info.name)
    if (!removed.ok) return err(removed.error)
    done++
  }
  if (done > 0) await deps.record({ action: 'backups-removed', detail: `${done}` })
  return ok({ done, skipped: 0 })
}
