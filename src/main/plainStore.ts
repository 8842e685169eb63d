import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A clinic from before sealing kept its rows in plain text in the origin's default IndexedDB
 * store. Sealing copies them into the clinic's own storage bucket (renderer
 * db/sealing/clinicStore.ts) and deletes the plain database, but LevelDB keeps deleted rows in
 * its files until it compacts them, whenever that is. So the old store's folder is removed
 * from disk, at the next start, before any window opens it: nothing of the plain rows is
 * left. The renderer asks for it (IPC `storage:retire-plain`) once the sealed clinic is whole.
 */
const MARK = 'plain-store.retire'

/** Chromium's folder name for an origin's store: scheme_host_port ("app_racepoint_0"). */
export function storeFolderOf(origin: string): string {
  const url = new URL(origin)
  const scheme = url.protocol.replace(/:$/, '')
  const host = url.hostname
  if (
    !/^[a-z][a-z0-9+.-]*$/.test(scheme) ||
    !/^[a-z0-9][a-z0-9.-]*$/i.test(host) ||
    host.includes('..')
  )
    throw new Error('Not an origin a store belongs to')
  return `${scheme}_${host}_${url.port || '0'}`
}

/** The plain store's folders: the database and the large values kept beside it. */
export function plainStorePaths(storageDir: string, origin: string): string[] {
  const base = join(storageDir, 'IndexedDB', storeFolderOf(origin))
  return [`${base}.indexeddb.leveldb`, `${base}.indexeddb.blob`]
}

/** Marks the plain store for removal at the next start (the renderer's request). */
export async function markPlainStoreForRemoval(storageDir: string): Promise<void> {
  await writeFile(join(storageDir, MARK), 'sealed\n', { mode: 0o600 })
}

/**
 * At start, before any window: removes the plain store when marked, then the mark. Returns
 * whether it did. The sealed clinic lives in its own bucket folder, which is left alone.
 */
export async function retirePlainStoreIfMarked(
  storageDir: string,
  origin: string
): Promise<boolean> {
  const mark = join(storageDir, MARK)
  if (!existsSync(mark)) return false
  for (const path of plainStorePaths(storageDir, origin))
    await rm(path, { recursive: true, force: true })
  await rm(mark, { force: true })
  return true
}
