import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { PRIVATE_FILE_MODE } from './privateFiles'

/** Where a file is written before it is renamed into place: hidden, beside its destination. */
export const partialPath = (finalPath: string, id: string): string =>
  join(dirname(finalPath), `.${basename(finalPath)}.${id}.partial`)

export const isPartialName = (name: string): boolean => /^\..+\.partial$/.test(name)

/** Flushes a folder's entry list to disk (the rename). Not every system can open a folder. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // Windows cannot open a directory; its rename is already durable.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * A file written in pieces that appears at its destination only when complete: the pieces go
 * to a hidden partial file, created exclusively (never an existing file or a link planted in
 * its place) and readable by the user alone (0600), which is flushed to disk and then renamed
 * over the destination. Until `commit` the destination keeps whatever it held before; `abort`
 * leaves no trace. Backups, CSV exports and PDFs are all written this way.
 */
export type AtomicFile = {
  readonly finalPath: string
  write: (chunk: Uint8Array) => Promise<void>
  commit: () => Promise<{ path: string; size: number }>
  abort: () => Promise<void>
}

export async function createAtomicFile(finalPath: string, id: string): Promise<AtomicFile> {
  const temp = partialPath(finalPath, id)
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE)
  let size = 0
  let isClosed = false
  const close = async (): Promise<void> => {
    if (isClosed) return
    isClosed = true
    await handle.close()
  }
  return {
    finalPath,
    async write(chunk) {
      let offset = 0
      while (offset < chunk.byteLength) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset)
        offset += bytesWritten
      }
      size += chunk.byteLength
    },
    async commit() {
      try {
        await handle.sync()
        await close()
        await rename(temp, finalPath)
      } catch (error) {
        await close().catch(() => undefined)
        await rm(temp, { force: true })
        throw error
      }
      await syncFolder(dirname(finalPath))
      return { path: finalPath, size }
    },
    async abort() {
      await close().catch(() => undefined)
      await rm(temp, { force: true })
    }
  }
}

/** Writes a whole file atomically. */
export async function writeFileAtomic(path: string, data: Uint8Array, id: string): Promise<void> {
  const file = await createAtomicFile(path, id)
  try {
    await file.write(data)
  } catch (error) {
    await file.abort()
    throw error
  }
  await file.commit()
}
