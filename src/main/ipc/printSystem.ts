import { randomUUID } from 'node:crypto'
import { access } from 'node:fs/promises'
import { BrowserWindow, dialog, type MessageBoxOptions } from 'electron'
import { writeFileAtomic } from '../files/atomicFile'
import type { Log } from '../log'
import type { PrintDeps } from './print'

/** The print handlers' dependencies on the real system: Electron's dialogs and the file system. */
export function systemPrintDeps(defaultDirectory: string, log: Log): PrintDeps {
  return {
    defaultDirectory,
    log,
    showSaveDialog: (sender, options) => {
      const owner = BrowserWindow.fromWebContents(sender)
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    async confirmReplace(sender, fileName) {
      const options: MessageBoxOptions = {
        type: 'warning',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `“${fileName}” already exists. Do you want to replace it?`,
        detail: 'The file already there will be replaced by the new PDF.'
      }
      const owner = BrowserWindow.fromWebContents(sender)
      const { response } = owner
        ? await dialog.showMessageBox(owner, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    files: {
      exists: (path) =>
        access(path).then(
          () => true,
          () => false
        ),
      writeFile: (path, data) => writeFileAtomic(path, data, randomUUID())
    }
  }
}
