import type { MenuCommand } from './ipc'

/**
 * Keyboard shortcuts of the app's commands, shared by the desktop menu (as accelerators) and
 * the renderer (which binds them itself when it runs in a plain browser). `mod` is Cmd on
 * macOS and Ctrl elsewhere.
 */
export type Shortcut = { key: string; shift?: boolean }

export const COMMAND_SHORTCUTS: Partial<Record<MenuCommand, Shortcut>> = {
  'new-patient': { key: 'n' },
  'log-session': { key: 'l' },
  'print-sheet': { key: 'p' },
  'save-sheet-pdf': { key: 'p', shift: true },
  backup: { key: 'b', shift: true },
  'go-settings': { key: ',' },
  'go-today': { key: '1' },
  'go-patients': { key: '2' },
  'go-races': { key: '3' },
  'find-patient': { key: 'f' },
  lock: { key: 'l', shift: true }
}

export function accelerator(command: MenuCommand): string | undefined {
  const shortcut = COMMAND_SHORTCUTS[command]
  if (!shortcut) return undefined
  return `CmdOrCtrl+${shortcut.shift ? 'Shift+' : ''}${shortcut.key.toUpperCase()}`
}

/** The command a key press stands for, if any. */
export function commandForKey(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean
): MenuCommand | null {
  const mod = isMac ? event.metaKey : event.ctrlKey
  if (!mod || event.altKey) return null
  const key = event.key.toLowerCase()
  for (const [command, shortcut] of Object.entries(COMMAND_SHORTCUTS) as [
    MenuCommand,
    Shortcut
  ][]) {
    if (shortcut.key === key && Boolean(shortcut.shift) === event.shiftKey) return command
  }
  return null
}

/** How a shortcut reads in the UI ("Ctrl+L", "⌘L"). */
export function shortcutLabel(command: MenuCommand, isMac: boolean): string | null {
  const shortcut = COMMAND_SHORTCUTS[command]
  if (!shortcut) return null
  const key = shortcut.key.toUpperCase()
  return isMac
    ? `${shortcut.shift ? '⇧' : ''}⌘${key}`
    : `Ctrl+${shortcut.shift ? 'Shift+' : ''}${key}`
}
