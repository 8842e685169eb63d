/**
 * Saves a form's draft shortly after each change, without writing on every keystroke: a quiet
 * spell of `delayMs` triggers a save, and steady typing still saves every `maxWaitMs`. `flush`
 * saves at once (on blur, when the window is hidden or closed). Writes run one at a time, in
 * order, so an older draft never lands after a newer one.
 */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }

export type SaveResult = { ok: true } | { ok: false; message: string }

export type AutosaverOptions<T> = {
  read: () => T
  save: (value: T) => Promise<SaveResult>
  onStatus?: (status: AutosaveStatus) => void
  now?: () => Date
  delayMs?: number
  maxWaitMs?: number
  timers?: {
    setTimeout: (fn: () => void, ms: number) => unknown
    clearTimeout: (handle: unknown) => void
  }
}

export type Autosaver = {
  /** The form changed. */
  change: () => void
  /** Save now if anything is unsaved; resolves when the draft is written. */
  flush: () => Promise<void>
  /** No more saves (the form was saved or discarded); resolves when a write under way ends. */
  stop: () => Promise<void>
  /** Saves again from here on, with nothing pending. */
  resume: () => void
  hasUnsaved: () => boolean
  /** Stopped for a save or a discard, not yet resumed. */
  isStopped: () => boolean
  /** Has the form changed since it opened (or was reset), with saving still on? */
  isTouched: () => boolean
}

export function createAutosaver<T>({
  read,
  save,
  onStatus = () => undefined,
  now = () => new Date(),
  delayMs = 300,
  maxWaitMs = 1500,
  timers = {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
  }
}: AutosaverOptions<T>): Autosaver {
  let isDirty = false
  let isStopped = false
  let isTouched = false
  let timer: unknown = null
  let firstChangeAt = 0
  let queue: Promise<void> = Promise.resolve()

  const clearTimer = (): void => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
  }

  const write = (): Promise<void> => {
    queue = queue.then(async () => {
      if (!isDirty || isStopped) return
      isDirty = false
      onStatus({ kind: 'saving' })
      let result: SaveResult
      try {
        result = await save(read())
      } catch (error) {
        result = { ok: false, message: error instanceof Error ? error.message : String(error) }
      }
      if (!result.ok) {
        // Keep it unsaved so the next change or flush tries again.
        isDirty = true
        onStatus({ kind: 'failed', message: result.message })
      } else if (!isDirty) {
        onStatus({ kind: 'saved', at: now() })
      }
    })
    return queue
  }

  const flush = (): Promise<void> => {
    clearTimer()
    return write()
  }

  return {
    change() {
      if (isStopped) return
      isTouched = true
      const at = now().getTime()
      if (!isDirty || timer === null) firstChangeAt = at
      isDirty = true
      onStatus({ kind: 'pending' })
      clearTimer()
      const waited = at - firstChangeAt
      timer = timers.setTimeout(
        () => {
          timer = null
          void write()
        },
        Math.max(0, Math.min(delayMs, maxWaitMs - waited))
      )
    },
    flush,
    async stop() {
      isStopped = true
      clearTimer()
      await queue
    },
    resume() {
      isStopped = false
      isDirty = false
      isTouched = false
      clearTimer()
      onStatus({ kind: 'idle' })
    },
    hasUnsaved: () => isDirty,
    isStopped: () => isStopped,
    isTouched: () => isTouched && !isStopped
  }
}
