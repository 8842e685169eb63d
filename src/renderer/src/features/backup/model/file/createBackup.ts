import { err, ok, type Result } from '@shared/result'
import type { BackupRepository } from '@renderer/db/repositories/backup'
import type { ProgressListener } from '../progress'
import { createBackupWriter, type BackupMeta, type WrittenBackup } from './writer'
import { totalRows } from '@renderer/db/tables'

/** Where a backup's rows come from: the backup repository's chunked read of every table. */
export type BackupSource = Pick<BackupRepository, 'readAll'>

/** Reads the whole clinic and writes it as one backup file, reporting progress per chunk. */
export async function createBackup(
  source: BackupSource,
  meta: BackupMeta,
  onProgress?: ProgressListener
): Promise<Result<WrittenBackup, { kind: string; message: string }>> {
  const writer = createBackupWriter()
  let total = 1
  let done = 0
  const read = await source.readAll(
    (table, rows) => {
      writer.addRows(table, rows)
      done += rows.length
      onProgress?.({ phase: 'reading', done, total })
    },
    (counts) => {
      total = Math.max(1, totalRows(counts))
      onProgress?.({ phase: 'reading', done: 0, total })
    }
  )
  if (!read.ok) return err(read.error)
  // One step whose length is unknown: shown as work in progress, not as a percentage.
  onProgress?.({ phase: 'writing-file', done: 0, total: 0 })
  return ok(await writer.finish(meta))
}
