import type { AtomicFile } from '../files/atomicFile'

/**
 * Limits on what the renderer may send. A clinic of 10,000 patients and 100,000 sessions
 * makes a 164 MB backup, so an automatic backup is allowed six times that; a file the user
 * saves where they choose, more again. A page that went wrong (or was subverted) can then
 * neither fill the disk nor keep unbounded files open.
 */
export type TransferLimits = {
  /** Files open for writing at once, counting saves whose dialog is still open. */
  maxOpen: number
  /** The most an automatic backup (in the backups folder) may hold. */
  maxAutoBytes: number
  /** The most a backup or CSV saved where the user chose may hold. */
  maxSavedBytes: number
}

export const DEFAULT_TRANSFER_LIMITS: TransferLimits = {
  maxOpen: 4,
  maxAutoBytes: 1024 ** 3,
  maxSavedBytes: 4 * 1024 ** 3
}

export type TransferKind = 'auto' | 'save'

type Transfer = {
  file: AtomicFile
  fileName: string
  maxBytes: number
  written: number
  afterCommit?: (saved: { size: number }) => Promise<void>
}

/** A place among the open transfers, held while a save dialog is open. */
export type TransferSlot = {
  start: (
    file: AtomicFile,
    fileName: string,
    kind: TransferKind,
    afterCommit?: (saved: { size: number }) => Promise<void>
  ) => string
  release: () => void
}

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`
  return `${bytes} bytes`
}

/**
 * Files the renderer is sending in pieces (a large clinic's backup is bigger than one IPC
 * message may be). Each has an unguessable id; only files the main process opened itself, at
 * a destination it chose, can be written, up to the limits above.
 */
export function createTransfers(
  newId: () => string,
  limits: TransferLimits = DEFAULT_TRANSFER_LIMITS
) {
  const open = new Map<string, Transfer>()
  let reserved = 0

  function get(id: string): Transfer {
    const transfer = open.get(id)
    if (!transfer) throw new Error('This file is no longer open for writing; start again.')
    return transfer
  }

  async function abort(id: string): Promise<void> {
    const transfer = open.get(id)
    if (!transfer) return
    open.delete(id)
    await transfer.file.abort()
  }

  return {
    /**
     * Holds a place for one more file, or refuses when `maxOpen` are already open. Take it
     * before asking anything (a save dialog), so two requests cannot both pass the count.
     */
    reserve(): TransferSlot {
      if (open.size + reserved >= limits.maxOpen) {
        throw new Error(
          'Racepoint is already writing several files; wait for them to finish and try again.'
        )
      }
      reserved++
      let isHeld = true
      const release = (): void => {
        if (!isHeld) return
        isHeld = false
        reserved--
      }
      return {
        start(file, fileName, kind, afterCommit) {
          if (!isHeld) throw new Error('unreachable: a transfer slot is used once')
          release()
          const id = newId()
          const maxBytes = kind === 'auto' ? limits.maxAutoBytes : limits.maxSavedBytes
          open.set(id, {
            file,
            fileName,
            maxBytes,
            written: 0,
            ...(afterCommit ? { afterCommit } : {})
          })
          return id
        },
        release
      }
    },

    async write(id: string, chunk: Uint8Array): Promise<void> {
      const transfer = get(id)
      if (transfer.written + chunk.byteLength > transfer.maxBytes) {
        await abort(id)
        throw new Error(
          `This file would be larger than ${sizeLabel(transfer.maxBytes)}, more than Racepoint allows; nothing was saved.`
        )
      }
      try {
        await transfer.file.write(chunk)
        transfer.written += chunk.byteLength
      } catch (error) {
        await abort(id)
        throw error
      }
    },

    async commit(id: string): Promise<{ fileName: string; path: string; size: number }> {
      const transfer = get(id)
      open.delete(id)
      const saved = await transfer.file.commit()
      await transfer.afterCommit?.(saved)
      return { fileName: transfer.fileName, ...saved }
    },

    abort,

    /** Abandons every open file (the window that was sending them has gone). */
    async abortAll(): Promise<void> {
      for (const id of [...open.keys()]) await abort(id)
    },

    /** Files open for writing now (for tests and the log). */
    get openCount(): number {
      return open.size
    }
  }
}

export type Transfers = ReturnType<typeof createTransfers>
