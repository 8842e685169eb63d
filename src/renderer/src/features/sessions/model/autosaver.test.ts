import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, type AutosaveStatus, type SaveResult } from './autosaver'

function setup(saveImpl?: (value: string) => Promise<SaveResult>) {
  let value = ''
  const saved: string[] = []
  const statuses: AutosaveStatus['kind'][] = []
  const autosaver = createAutosaver({
    read: () => value,
    save:
      saveImpl ??
      (async (v) => {
        saved.push(v)
        return { ok: true }
      }),
    onStatus: (s) => statuses.push(s.kind),
    now: () => new Date(Date.now()),
    delayMs: 300,
    maxWaitMs: 1500
  })
  const type = (text: string): void => {
    value = text
    autosaver.change()
  }
  return { autosaver, saved, statuses, type }
}

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves once after a quiet spell, not on every keystroke', async () => {
    const { saved, type, statuses } = setup()
    type('S')
    type('So')
    type('Sol')
    await vi.advanceTimersByTimeAsync(299)
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saved).toEqual(['Sol'])
    expect(statuses.at(-1)).toBe('saved')
  })

  it('still saves every so often while typing goes on', async () => {
    const { saved, type } = setup()
    for (let i = 1; i <= 20; i++) {
      type('x'.repeat(i))
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saved.length).toBeGreaterThanOrEqual(1)
    expect(saved[0]!.length).toBeLessThanOrEqual(16)
  })

  it('saves at once on flush, and never twice for the same change', async () => {
    const { autosaver, saved, type } = setup()
    type('Calf')
    await autosaver.flush()
    expect(saved).toEqual(['Calf'])
    await autosaver.flush()
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual(['Calf'])
  })

  it('writes nothing after stop (the session was saved), until resumed', async () => {
    const { autosaver, saved, type } = setup()
    expect(autosaver.isTouched()).toBe(false)
    type('a')
    expect(autosaver.isTouched()).toBe(true)
    await autosaver.stop()
    expect(autosaver.isTouched()).toBe(false)
    type('ab')
    await autosaver.flush()
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual([])
    autosaver.resume()
    type('abc')
    await autosaver.flush()
    expect(saved).toEqual(['abc'])
  })

  it('waits for a write under way before stopping, so nothing lands afterwards', async () => {
    let release: () => void = () => undefined
    const order: string[] = []
    const { autosaver, type } = setup(
      (v) =>
        new Promise((resolve) => {
          release = () => {
            order.push(`saved ${v}`)
            resolve({ ok: true })
          }
        })
    )
    type('a')
    const flushing = autosaver.flush()
    await vi.advanceTimersByTimeAsync(0)
    const stopping = autosaver.stop().then(() => order.push('stopped'))
    release()
    await flushing
    await stopping
    expect(order).toEqual(['saved a', 'stopped'])
  })

  it('keeps a failed draft unsaved and tries again on the next flush', async () => {
    let attempts = 0
    const { autosaver, type, statuses } = setup(async () => {
      attempts += 1
      return attempts === 1 ? { ok: false, message: 'Disk full' } : { ok: true }
    })
    type('a')
    await autosaver.flush()
    expect(statuses.at(-1)).toBe('failed')
    expect(autosaver.hasUnsaved()).toBe(true)
    await autosaver.flush()
    expect(attempts).toBe(2)
    expect(statuses.at(-1)).toBe('saved')
    expect(autosaver.hasUnsaved()).toBe(false)
  })
})
