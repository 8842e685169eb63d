import { describe, expect, it } from 'vitest'
import { LOCK_EVENTS, lockOnSystemEvents, type PowerEvents } from './lockEvents'

describe('locking on the operating system’s events', () => {
  it('sends the lock command when the screen locks or the computer sleeps', () => {
    const listeners = new Map<string, () => void>()
    const power: PowerEvents = {
      on: (event: string, listener: () => void) => listeners.set(event, listener)
    }
    const sent: string[] = []
    lockOnSystemEvents(power, (command) => sent.push(command))
    expect([...listeners.keys()].sort()).toEqual([...LOCK_EVENTS].sort())
    listeners.get('lock-screen')!()
    listeners.get('suspend')!()
    expect(sent).toEqual(['lock', 'lock'])
  })
})
