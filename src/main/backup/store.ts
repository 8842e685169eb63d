import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupInfo, AutoBackupKind } from '../../shared/ipc'
import { createAtomicFile, isPartialName, type AtomicFile } from './atomicFile'
import { backupName, parseBackupName, type ParsedBackupName } from './names'
import { DEFAULT_ROTATION, planRotation, type RotationPolicy } from './rotation'

/** The most a single read hands back: IPC messages stay far below their size limit. */
export const READ_CHUNK_BYTES = 16 * 1024 * 1024
/** A partial file this old belongs to a write that was cut off (a crash); it can go. */
const STALE_PARTIAL_MS = 24 * 60 * 60 * 1000

export type BackupStoreOptions = {
  /** The automatic-backups folder, e.g. <userData>/backups. */
  folder: string
  now: () => Date
  newId: () => string
  policy?: RotationPolicy
}

/** The automatic-backups folder: written atomically, listed, read back, kept in rotation. */
export function createBackupStore({
  folder,
  now,
  newId,
  policy = DEFAULT_ROTATION
}: BackupStoreOptions) {
  async function parsedEntries(): Promise<ParsedBackupName[]> {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return names.map(parseBackupName).filter((p): p is ParsedBackupName => p !== null)
  }

  /** The path of a backup in the folder; only exact backup names are accepted. */
  function pathOf(name: string): string {
    const parsed = parseBackupName(name)
    if (!parsed) throw new Error('That is not the name of an automatic backup.')
    return join(folder, parsed.name)
  }

  return {
    folder,

    /** Every automatic backup, newest first, with its size. */
    async list(): Promise<AutoBackupInfo[]> {
      const entries = await parsedEntries()
      const infos = await Promise.all(
        entries.map(async (entry) => {
          try {
            const { size } = await stat(join(folder, entry.name))
            return {
              name: entry.name,
              kind: entry.kind,
              createdAt: entry.createdAt.toISOString(),
              size
            }
          } catch {
            return null
          }
        })
      )
      return infos
        .filter((i): i is AutoBackupInfo => i !== null)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    },

    /** Starts a new automatic backup file; it appears in the folder only once committed. */
    async begin(kind: AutoBackupKind): Promise<{ name: string; file: AtomicFile }> {
      await mkdir(folder, { recursive: true })
      const taken = new Set((await parsedEntries()).map((e) => e.name))
      let at = now()
      while (taken.has(backupName(kind, at))) at = new Date(at.getTime() + 1)
      const name = backupName(kind, at)
      return { name, file: await createAtomicFile(join(folder, name), newId()) }
    },

    /** Up to READ_CHUNK_BYTES of a backup from `offset`, and its whole size. */
    async read(name: string, offset: number): Promise<{ chunk: Uint8Array; size: number }> {
      const handle = await open(pathOf(name), 'r')
      try {
        const { size } = await handle.stat()
        const length = Math.max(0, Math.min(READ_CHUNK_BYTES, size - offset))
        const chunk = new Uint8Array(length)
        let read = 0
        while (read < length) {
          const { bytesRead } = await handle.read(chunk, read, length - read, offset + read)
          if (bytesRead === 0) break
          read += bytesRead
        }
        return { chunk: chunk.subarray(0, read), size }
      } finally {
        await handle.close()
      }
    },

    /** Deletes what the rotation no longer keeps, and partial files left by a crash. */
    async prune(): Promise<string[]> {
      const plan = planRotation(await parsedEntries(), now(), policy)
      for (const name of plan.remove) await rm(join(folder, name), { force: true })
      const names = await readdir(folder).catch(() => [] as string[])
      for (const name of names.filter(isPartialName)) {
        const path = join(folder, name)
        const info = await stat(path).catch(() => null)
        if (info && now().getTime() - info.mtimeMs > STALE_PARTIAL_MS)
          await rm(path, { force: true })
      }
      return plan.remove
    }
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>
