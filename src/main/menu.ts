import type { MenuItemConstructorOptions } from 'electron'
import { accelerator } from '../shared/commands'
import type { MenuCommand } from '../shared/ipc'

export type MenuOptions = {
  platform: NodeJS.Platform
  isDev: boolean
  /** Sends a command to the renderer, which owns what the command does. */
  send: (command: MenuCommand) => void
}

/**
 * The application menu: the app's main commands (each forwarded to the renderer) plus the
 * standard Edit roles that give text fields undo, cut, copy and paste.
 */
export function buildMenuTemplate({
  platform,
  isDev,
  send
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const keys = accelerator(command)
    return { label, ...(keys ? { accelerator: keys } : {}), click: () => send(command) }
  }

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        item('New Patient', 'new-patient'),
        item('Log Session', 'log-session'),
        { type: 'separator' },
        item('Print Sheet…', 'print-sheet'),
        item('Save Sheet as PDF…', 'save-sheet-pdf'),
        { type: 'separator' },
        item('Back Up…', 'backup'),
        item('Restore from Backup…', 'restore'),
        item('Export Sessions to CSV…', 'export-csv'),
        { type: 'separator' },
        item(isMac ? 'Settings…' : 'Settings', 'go-settings'),
        item('Lock Racepoint', 'lock'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const])
      ]
    },
    { role: 'editMenu' },
    {
      label: '&Go',
      submenu: [
        item('Today', 'go-today'),
        item('Patients', 'go-patients'),
        item('Races', 'go-races'),
        { type: 'separator' },
        item('Find Patient…', 'find-patient')
      ]
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? [
              { type: 'separator' } as const,
              { role: 'reload' } as const,
              { role: 'toggleDevTools' } as const
            ]
          : [])
      ]
    },
    { role: 'windowMenu' }
  ]
  return template
}
