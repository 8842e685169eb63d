import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { App, BrowserWindow, Dialog, FileFilter, SaveDialogOptions } from 'electron'
import type { BackupIpcDeps } from '../ipc/backup'
import type { Log } from '../log'
import { createQuitGuard, type QuitGuard } from './quitGuard'
import { createBackupStore } from './store'
import { createTransfers } from './transfers'

/**
 * How long closing waits for the last automatic backup. A large clinic's backup takes
 * seconds; a page that hangs must still let the app close.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 45_000

const FILTERS: Record<'backup' | 'csv', FileFilter[]> = {
  backup: [{ name: 'Racepoint backup', extensions: ['racepoint', 'json'] }],
  csv: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]
}

export type DesktopBackupsOptions = {
  app: App
  dialog: Dialog
  getWindow: () => BrowserWindow | null
  log: Log
}

/** Backups on disk for the desktop app: the IPC handlers' helpers and the backup on close. */
export function createDesktopBackups({ app, dialog, getWindow, log }: DesktopBackupsOptions) {
  const newId = (): string => randomUUID()
  const store = createBackupStore({
    folder: join(app.getPath('userData'), 'backups'),
    now: () => new Date(),
    newId
  })
  const transfers = createTransfers(newId)
  let guard: QuitGuard | null = null
  let isQuitting = false
  app.on('before-quit', () => {
    isQuitting = true
  })

  const ipc: BackupIpcDeps = {
    store,
    transfers,
    newId,
    log,
    onQuitReady: () => guard?.release(),
    async chooseSavePath(format, suggestedName) {
      const options: SaveDialogOptions = {
        title: format === 'backup' ? 'Save Racepoint backup' : 'Export sessions to CSV',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: FILTERS[format],
        properties: ['createDirectory', 'showOverwriteConfirmation']
      }
      const window = getWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }

  return {
    ipc,

    /** Each time `window` closes, hold it until the renderer has written its last backup. */
    guardClose(window: BrowserWindow): void {
      const current = createQuitGuard({
        requestBackup: () => window.webContents.send('backup:quit-requested', null),
        timeoutMs: QUIT_BACKUP_TIMEOUT_MS
      })
      guard = current
      window.on('close', (event) => {
        if (window.webContents.isCrashed()) current.skip()
        const mayClose = current.mayClose(() => {
          if (isQuitting) app.quit()
          else if (!window.isDestroyed()) window.close()
        })
        if (!mayClose) event.preventDefault()
      })
      window.on('closed', () => {
        void transfers.abortAll()
      })
    }
  }
}

export type DesktopBackups = ReturnType<typeof createDesktopBackups>
