import { err, ok, type Result } from '@shared/result'
import type { BackupRepository } from '@renderer/db/repositories/backup'
import { csvHeaderLine, sessionCsvLines } from './csv'
import { measuresCsvHeaderLine, recordingCsvLines, sessionMeasureCsvLines } from './measuresCsv'
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

export type MeasuresCsv = { blob: Blob; rows: number }

/** Every measure value (visits and between visits) as one CSV file, one row per value. */
export async function createMeasuresCsv(
  source: Pick<BackupRepository, 'readMeasures'>
): Promise<Result<MeasuresCsv, { kind: string; message: string }>> {
  const sessionParts: {
    sessions: Parameters<typeof sessionMeasureCsvLines>[0]
    patients: Parameters<typeof sessionMeasureCsvLines>[1]
  }[] = []
  const recordingParts: {
    recordings: Parameters<typeof recordingCsvLines>[0]
    patients: Parameters<typeof recordingCsvLines>[1]
  }[] = []
  const read = await source.readMeasures(
    (sessions, patients) => sessionParts.push({ sessions, patients }),
    (recordings, patients) => recordingParts.push({ recordings, patients })
  )
  if (!read.ok) return err(read.error)
  const clinic = read.value
  const parts: string[] = [measuresCsvHeaderLine()]
  let rows = 0
  for (const { sessions, patients } of sessionParts) {
    const lines = sessionMeasureCsvLines(sessions, patients, clinic)
    parts.push(lines.text)
    rows += lines.rows
  }
  for (const { recordings, patients } of recordingParts) {
    const lines = recordingCsvLines(recordings, patients, clinic)
    parts.push(lines.text)
    rows += lines.rows
  }
  return ok({ blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rows })
}
