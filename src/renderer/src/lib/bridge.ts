/**
 * The one place that touches `window.api`. In the desktop app the preload provides it; in a
 * plain browser (development, end-to-end tests) it is missing and each call falls back to
 * what a browser can do.
 */
import type {
  Api,
  AppInfo,
  MenuCommand,
  PrintSheetOutcome,
  PrintSheetRequest,
  SaveSheetPdfOutcome,
  SaveSheetPdfRequest,
  Unsubscribe
} from '@shared/ipc'
import { ok, type Result } from '@shared/result'

function desktopApi(): Api | undefined {
  return window.api
}

export function isDesktop(): boolean {
  return desktopApi() !== undefined
}

export async function getAppInfo(): Promise<Result<AppInfo>> {
  const api = desktopApi()
  if (api) return api.app.getInfo()
  return ok({
    version: 'browser',
    userDataPath: 'this browser’s site data',
    platform: navigator.platform
  })
}

/** Menu commands from the desktop app's menu. In a browser the app binds the same shortcuts itself. */
export function onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe {
  const api = desktopApi()
  if (api) return api.onMenuCommand(listener)
  return () => undefined
}

/** Lets React paint (a hint, a busy state) before window.print() blocks the page. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** The browser's print dialog stands in for the desktop's: the outcome is the user's to see. */
export type BrowserPrintOutcome = { outcome: 'browser-dialog' }

/** Prints the page on screen: the system print dialog in the desktop app, window.print() in a browser. */
export async function printSheet(
  request: PrintSheetRequest
): Promise<Result<PrintSheetOutcome | BrowserPrintOutcome>> {
  const api = desktopApi()
  if (api) return api.sheet.print(request)
  await afterNextPaint()
  window.print()
  return ok({ outcome: 'browser-dialog' })
}

/**
 * Saves the page on screen as PDF: a save dialog in the desktop app. A browser cannot write
 * files, so it opens the print dialog, where the user picks "Save as PDF" as the printer.
 */
export async function saveSheetPdf(
  request: SaveSheetPdfRequest
): Promise<Result<SaveSheetPdfOutcome | BrowserPrintOutcome>> {
  const api = desktopApi()
  if (api) return api.sheet.savePdf(request)
  await afterNextPaint()
  window.print()
  return ok({ outcome: 'browser-dialog' })
}
