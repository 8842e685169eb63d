import { constants } from 'node:fs'
import { lstat, open, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupInfo, AutoBackupKind } from '../../shared/ipc'
import { createAtomicFile, isPartialName, type AtomicFile } from '../files/atomicFile'
import { ensurePrivateFolder } from '../files/privateFiles'
import { realPathInside } from '../files/realPath'
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

  /**
   * The real path of a backup in the folder. Only exact backup names are accepted, and only a
   * file that really is in the folder: a symbolic link planted there is refused.
   */
  async function pathOf(name: string): Promise<string> {
    const parsed = parseBackupName(name)
    if (!parsed) throw new Error('That is not the name of an automatic backup.')
    const path = join(folder, parsed.name)
    const info = await lstat(path).catch(() => null)
    if (!info) throw new Error('That automatic backup is no longer in the backups folder.')
    const real = info.isFile() ? await realPathInside(folder, path) : null
    if (real === null) throw new Error('That automatic backup is not a file in the backups folder.')
    return real
  }

  /** The entry itself in the folder, once pathOf has checked it is a real file there. */
  async function pathOfEntry(name: string): Promise<string> {
    await pathOf(name)
    return join(folder, name)
  }

  return {
    folder,

    /** Every automatic backup, newest first, with its size. */
    async list(): Promise<AutoBackupInfo[]> {
      const entries = await parsedEntries()
      const infos = await Promise.all(
        entries.map(async (entry) => {
          try {
            // lstat: a link named like a backup is not one, and is not listed.
            const info = await lstat(join(folder, entry.name))
            if (!info.isFile()) return null
            const { size } = info
            return {
              name: entry.name,
              kind: entry.kind,
              createdAt: entry.createdAt.toISOString(),
              size,
              isSealed: entry.isSealed
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

    /**
     * Starts a new automatic backup file; it appears in the folder only once committed. A
     * sealed copy that `replaces` a plain backup takes its moment, so the rotation keeps or
     * drops it as it would have the plain one.
     */
    async begin(
      kind: AutoBackupKind,
      { isSealed = false, replaces }: { isSealed?: boolean; replaces?: string } = {}
    ): Promise<{ name: string; file: AtomicFile }> {
      await ensurePrivateFolder(folder)
      const taken = new Set((await parsedEntries()).map((e) => e.name))
      const replaced = replaces === undefined ? null : parseBackupName(replaces)
      if (replaces !== undefined && (!replaced || replaced.isSealed || !taken.has(replaces)))
        throw new Error('That is not a plain automatic backup in the backups folder.')
      let at = replaced?.createdAt ?? now()
      const kindOf = replaced?.kind ?? kind
      while (taken.has(backupName(kindOf, at, isSealed))) at = new Date(at.getTime() + 1)
      const name = backupName(kindOf, at, isSealed)
      return { name, file: await createAtomicFile(join(folder, name), newId()) }
    },

    /** Deletes one automatic backup by its exact name (never a path, never a link's target). */
    async remove(name: string): Promise<void> {
      await rm(await pathOfEntry(name), { force: true })
    },

    /** Up to READ_CHUNK_BYTES of a backup from `offset`, and its whole size. */
    async read(name: string, offset: number): Promise<{ chunk: Uint8Array; size: number }> {
      // O_NOFOLLOW closes the gap between the check above and this open, where it exists.
      const handle = await open(
        await pathOf(name),
        constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
      )
      try {
        const stats = await handle.stat()
        if (!stats.isFile()) throw new Error('That automatic backup is not a file.')
        const { size } = stats
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
        const info = await lstat(path).catch(() => null)
        if (info && now().getTime() - info.mtimeMs > STALE_PARTIAL_MS)
          await rm(path, { force: true })
      }
      return plan.remove
    }
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>
