/**
 * Page-side helpers for the backup suite: the app's backup, check and restore of the whole
 * clinic, each beside the same rows moved with raw IndexedDB calls, and the longest wait
 * between two progress reports.
 */
import { LATEST_VERSION } from '../../../../src/renderer/src/db/versions'
import { createBackup } from '../../../../src/renderer/src/features/backup/model/file/createBackup'
import {
  readBackupFile,
  type VerifiedBackup
} from '../../../../src/renderer/src/features/backup/model/file/reader'
import type { BenchApi } from '../harness'
import { BACKUP_TABLES } from '../../../../src/renderer/src/db/tables'

type Timed = { ms: number; longestGap: number; gapAt: string }

/**
 * Times a task and the longest stretch without a progress report (start and end included),
 * with where it fell (the reports either side), to find what to split.
 */
async function timed(task: (tick: (what?: unknown) => void) => Promise<void>): Promise<Timed> {
  const t0 = performance.now()
  let last = t0
  let lastWhat = 'start'
  let longestGap = 0
  let gapAt = ''
  const tick = (what: unknown = 'end'): void => {
    const now = performance.now()
    const label = typeof what === 'string' ? what : JSON.stringify(what)
    if (now - last > longestGap) {
      longestGap = now - last
      gapAt = `${lastWhat} -> ${label}`
    }
    last = now
    lastWhat = label
  }
  await task(tick)
  tick()
  return { ms: performance.now() - t0, longestGap, gapAt }
}

export function extend(api: BenchApi) {
  let file: Blob | null = null
  let verified: VerifiedBackup | null = null

  return {
    /** backup.export: every table read, serialised, checksummed, as one file. */
    async exportBackup(): Promise<Timed & { bytes: number }> {
      let size = 0
      const result = await timed(async (tick) => {
        const written = await createBackup(
          api.repos.backup,
          { appVersion: 'bench', schemaVersion: LATEST_VERSION, createdAt: new Date() },
          tick
        )
        if (!written.ok) throw new Error(written.error.message)
        file = written.value.blob
        size = written.value.size
      })
      return { ...result, bytes: size }
    },

    /** Floor: one raw read-only transaction, getAll on every store. */
    async rawReadAll(): Promise<number> {
      const idb = await api.rawDb()
      const t0 = performance.now()
      const tx = idb.transaction([...BACKUP_TABLES], 'readonly')
      await Promise.all(BACKUP_TABLES.map((t) => api.rawRequest(tx.objectStore(t).getAll())))
      return performance.now() - t0
    },

    /** backup.verify: the last backup file read back and checked completely. */
    async verifyBackup(): Promise<Timed> {
      if (!file) throw new Error('export first')
      const source = file
      return timed(async (tick) => {
        const bytes = new Uint8Array(await source.arrayBuffer())
        const result = await readBackupFile(bytes, {
          latestSchemaVersion: LATEST_VERSION,
          onProgress: tick
        })
        if (!result.ok) throw new Error(result.error.message)
        verified = result.value
      })
    },

    /** backup.restore: the checked rows replace every table in one transaction. */
    async restoreBackup(): Promise<Timed> {
      if (!verified) throw new Error('verify first')
      const rows = verified.rows
      return timed(async (tick) => {
        const result = await api.repos.backup.replaceAll(rows, (done, total) =>
          tick(`${done}/${total}`)
        )
        if (!result.ok) throw new Error(result.error.message)
      })
    },

    /** Floor: the same rows cleared and put with raw calls in one strict transaction. */
    async rawWriteAll(): Promise<number> {
      if (!verified) throw new Error('verify first')
      const rows = verified.rows
      const idb = await api.rawDb()
      const t0 = performance.now()
      const tx = idb.transaction([...BACKUP_TABLES], 'readwrite', { durability: 'strict' })
      for (const t of BACKUP_TABLES) {
        const store = tx.objectStore(t)
        store.clear()
        for (const row of rows[t]) store.put(row)
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error ?? new Error('aborted'))
      })
      return performance.now() - t0
    }
  }
}
