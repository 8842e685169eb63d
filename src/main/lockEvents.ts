import type { MenuCommand } from '../shared/ipc'

/** The operating-system events after which Racepoint locks: the screen locks, or it sleeps. */
export const LOCK_EVENTS = ['lock-screen', 'suspend'] as const

export type PowerEvents = {
  on(event: 'lock-screen', listener: () => void): unknown
  on(event: 'suspend', listener: () => void): unknown
}

/**
 * Locks every window when the computer is locked or put to sleep (HIPAA 164.312(a)(2)(iii)):
 * the renderer is sent the same `lock` command as the menu's Lock item.
 */
export function lockOnSystemEvents(power: PowerEvents, send: (command: MenuCommand) => void): void {
  power.on('lock-screen', () => send('lock'))
  power.on('suspend', () => send('lock'))
}
