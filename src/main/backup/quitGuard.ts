/**
 * Holds the window open while the renderer writes a last automatic backup. The first attempt
 * to close asks for the backup and is held; closing goes ahead when the renderer says it is
 * done, or when `timeoutMs` passes without an answer (a hung page must not stop the app from
 * closing). Later attempts go straight through.
 */
export type QuitGuardOptions = {
  requestBackup: () => void
  timeoutMs: number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export function createQuitGuard({
  requestBackup,
  timeoutMs,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
}: QuitGuardOptions) {
  let state: 'open' | 'waiting' | 'done' = 'open'
  let timer: unknown = null
  const waiting: (() => void)[] = []

  function finish(): void {
    if (state === 'done') return
    state = 'done'
    if (timer !== null) clearTimer(timer)
    timer = null
    for (const proceed of waiting.splice(0)) proceed()
  }

  return {
    /**
     * Call when the window is about to close. True: let it close now. False: prevent this
     * close; `proceed` is called once the backup is written (or the wait is over).
     */
    mayClose(proceed: () => void): boolean {
      if (state === 'done') return true
      waiting.push(proceed)
      if (state === 'open') {
        state = 'waiting'
        timer = setTimer(finish, timeoutMs)
        requestBackup()
      }
      return false
    },
    /** The renderer has written its backup, or had nothing new to write. */
    release: finish,
    /** Skips the wait (the page has crashed and cannot answer). */
    skip: finish,
    get isDone(): boolean {
      return state === 'done'
    }
  }
}

export type QuitGuard = ReturnType<typeof createQuitGuard>
