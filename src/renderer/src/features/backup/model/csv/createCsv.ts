import { err, ok, type Result } from '@shared/result'
import type { BackupRepository } from '@renderer/db/repositories/backup'
import { csvHeaderLine, sessionCsvLines } from './csv'
import type { ProgressListener } from '../progress'

export type SessionsCsv = { blob: Blob; sessions: number; rows: number }

/** All sessions as one CSV file, built a month at a time with progress. */
export async function createSessionsCsv(
  source: Pick<BackupRepository, 'readSessionsByMonth'>,
  onProgress?: ProgressListener
): Promise<Result<SessionsCsv, { kind: string; message: string }>> {
  const parts: string[] = [csvHeaderLine()]
  let rows = 0
  const read = await source.readSessionsByMonth((sessions, patients, done, total) => {
    const lines = sessionCsvLines(sessions, patients)
    parts.push(lines)
    for (const s of sessions) rows += Math.max(1, s.muscles.length)
    onProgress?.({ phase: 'exporting', done, total })
  })
  if (!read.ok) return err(read.error)
  return ok({
    blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }),
    sessions: read.value,
    rows
  })
}
