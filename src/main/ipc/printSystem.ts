import { BrowserWindow, dialog } from 'electron'
import { rename, rm, writeFile } from 'node:fs/promises'
import type { PrintDeps } from './print'

/** The print handlers' dependencies on the real system: Electron's dialog and the file system. */
export function systemPrintDeps(defaultDirectory: string): PrintDeps {
  return {
    defaultDirectory,
    showSaveDialog: (sender, options) => {
      const owner = BrowserWindow.fromWebContents(sender)
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    files: {
      writeFile: (path, data) => writeFile(path, data),
      rename: (from, to) => rename(from, to),
      rm: (path) => rm(path, { force: true })
    }
  }
}
