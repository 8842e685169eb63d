import type { AtomicFile } from './atomicFile'

type Transfer = { file: AtomicFile; fileName: string; afterCommit?: () => Promise<void> }

/**
 * Files the renderer is sending in pieces (a large clinic's backup is bigger than one IPC
 * message may be). Each has an unguessable id; only files the main process opened itself, at
 * a destination it chose, can be written.
 */
export function createTransfers(newId: () => string) {
  const open = new Map<string, Transfer>()

  function get(id: string): Transfer {
    const transfer = open.get(id)
    if (!transfer) throw new Error('This file is no longer open for writing; start again.')
    return transfer
  }

  return {
    start(file: AtomicFile, fileName: string, afterCommit?: () => Promise<void>): string {
      const id = newId()
      open.set(id, { file, fileName, ...(afterCommit ? { afterCommit } : {}) })
      return id
    },

    async write(id: string, chunk: Uint8Array): Promise<void> {
      const transfer = get(id)
      try {
        await transfer.file.write(chunk)
      } catch (error) {
        open.delete(id)
        await transfer.file.abort()
        throw error
      }
    },

    async commit(id: string): Promise<{ fileName: string; path: string; size: number }> {
      const transfer = get(id)
      open.delete(id)
      const saved = await transfer.file.commit()
      await transfer.afterCommit?.()
      return { fileName: transfer.fileName, ...saved }
    },

    async abort(id: string): Promise<void> {
      const transfer = open.get(id)
      if (!transfer) return
      open.delete(id)
      await transfer.file.abort()
    },

    /** Abandons every open file (the window that was sending them has gone). */
    async abortAll(): Promise<void> {
      for (const id of [...open.keys()]) await this.abort(id)
    }
  }
}

export type Transfers = ReturnType<typeof createTransfers>
