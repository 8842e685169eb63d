import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard } from './quitGuard'

function guardWithTimers() {
  const timers: { run: () => void; ms: number }[] = []
  const requestBackup = vi.fn()
  const guard = createQuitGuard({
    requestBackup,
    timeoutMs: 45_000,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => timers.splice(0)
  })
  return { guard, requestBackup, timers }
}

describe('closing the window with a last backup', () => {
  it('holds the first close, asks for a backup once, and closes when it is written', () => {
    const { guard, requestBackup } = guardWithTimers()
    const proceed = vi.fn()
    expect(guard.mayClose(proceed)).toBe(false)
    expect(guard.mayClose(proceed)).toBe(false)
    expect(requestBackup).toHaveBeenCalledTimes(1)
    expect(proceed).not.toHaveBeenCalled()
    guard.release()
    expect(proceed).toHaveBeenCalledTimes(2)
    expect(guard.mayClose(vi.fn())).toBe(true)
  })

  it('closes anyway when the page never answers', () => {
    const { guard, timers } = guardWithTimers()
    const proceed = vi.fn()
    guard.mayClose(proceed)
    expect(timers.map((t) => t.ms)).toEqual([45_000])
    timers[0]!.run()
    expect(proceed).toHaveBeenCalledTimes(1)
    guard.release()
    expect(proceed).toHaveBeenCalledTimes(1)
  })

  it('lets a crashed page close at once', () => {
    const { guard, requestBackup } = guardWithTimers()
    guard.skip()
    expect(guard.mayClose(vi.fn())).toBe(true)
    expect(requestBackup).not.toHaveBeenCalled()
  })
})
