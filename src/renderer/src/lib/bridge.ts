/**
 * The one place that touches `window.api`. In the desktop app the preload provides it; in a
 * plain browser (development, end-to-end tests) it is missing and each call falls back to
 * what a browser can do.
 */
import type {
  Api,
  AppInfo,
  AutoBackupKind,
  AutoBackupList,
  MenuCommand,
  PrintSheetOutcome,
  PrintSheetRequest,
  SaveSheetPdfOutcome,
  SaveSheetPdfRequest,
  SavedFile,
  Unsubscribe
} from '@shared/ipc'
import { err, ok, type Result } from '@shared/result'

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
    platform: navigator.platform,
    logFolder: 'none: Racepoint keeps no log in a browser'
  })
}

/**
 * After sealing a clinic from before: the desktop app removes the old plain store's files at
 * its next start (main/plainStore.ts). A browser cannot remove its own files; there the
 * deleted rows stay in the browser's database files until it compacts them.
 */
export async function retirePlainStore(): Promise<void> {
  const api = desktopApi()
  if (api) await api.app.retirePlainStore()
}

/** Menu commands from the desktop app's menu. In a browser the app binds the same shortcuts itself. */
export function onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe {
  const api = desktopApi()
  if (api) return api.onMenuCommand(listener)
  return () => undefined
}

/**
 * The operating system locked the screen or went to sleep. In the desktop app the main
 * process sends it as the `lock` command; a browser cannot tell, so the browser build listens
 * for a `racepoint:system-lock` event instead (what the end-to-end tests send).
 */
export function onSystemLock(listener: () => void): Unsubscribe {
  const api = desktopApi()
  if (api) return api.onMenuCommand((command) => command === 'lock' && listener())
  const handle = (): void => listener()
  window.addEventListener('racepoint:system-lock', handle)
  return () => window.removeEventListener('racepoint:system-lock', handle)
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

/** Pieces a file is sent in: IPC messages stay far below their size limit. */
const SEND_CHUNK_BYTES = 16 * 1024 * 1024

async function sendInPieces(api: Api, transferId: string, blob: Blob): Promise<Result<SavedFile>> {
  for (let offset = 0; offset < blob.size; offset += SEND_CHUNK_BYTES) {
    const chunk = new Uint8Array(await blob.slice(offset, offset + SEND_CHUNK_BYTES).arrayBuffer())
    const written = await api.backup.write(transferId, chunk)
    if (!written.ok) {
      await api.backup.abort(transferId)
      return written
    }
  }
  return api.backup.commit(transferId)
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download before the browser has read the file.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Where a saved file went; null when the user cancelled the save dialog. */
export type SaveOutcome = { savedAs: string } | null

/**
 * Saves a file the user names: a save dialog in the desktop app, a download in a browser.
 * `build` makes the content once the destination is known (nothing is built for a cancel).
 */
export async function saveFile(
  format: 'backup' | 'csv',
  suggestedName: string,
  build: () => Promise<Result<Blob, string>>
): Promise<Result<SaveOutcome, string>> {
  const api = desktopApi()
  if (!api) {
    const built = await build()
    if (!built.ok) return built
    download(built.value, suggestedName)
    return ok({ savedAs: `${suggestedName} (in your downloads)` })
  }
  const opened = await api.backup.begin({ target: 'save', format, suggestedName })
  if (!opened.ok) return opened
  if (!opened.value) return ok(null)
  const { transferId } = opened.value
  const built = await build()
  if (!built.ok) {
    await api.backup.abort(transferId)
    return built
  }
  const saved = await sendInPieces(api, transferId, built.value)
  return saved.ok ? ok({ savedAs: saved.value.path }) : saved
}

/**
 * Keeps an automatic backup: in the desktop app, in the backups folder. A browser has no
 * such folder: a copy made before a restore is downloaded instead, and nothing else is kept.
 */
export async function keepAutomaticBackup(
  { kind, isSealed, replaces }: { kind: AutoBackupKind; isSealed: boolean; replaces?: string },
  blob: Blob,
  downloadName: string
): Promise<Result<{ name: string } | null>> {
  const api = desktopApi()
  if (!api) {
    if (kind !== 'before-restore') return ok(null)
    download(blob, downloadName)
    return ok({ name: `${downloadName} (in your downloads)` })
  }
  const opened = await api.backup.begin({
    target: 'auto',
    kind,
    isSealed,
    ...(replaces ? { replaces } : {})
  })
  if (!opened.ok) return opened
  if (!opened.value) return ok(null)
  const saved = await sendInPieces(api, opened.value.transferId, blob)
  return saved.ok ? ok({ name: saved.value.fileName }) : saved
}

/** The automatic backups on disk; null in a browser, which keeps none. */
export async function listAutomaticBackups(): Promise<Result<AutoBackupList | null>> {
  const api = desktopApi()
  return api ? api.backup.list() : ok(null)
}

/** Reads an automatic backup's bytes, piece by piece. */
export async function readAutomaticBackup(
  name: string,
  onProgress?: (done: number, total: number) => void
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const api = desktopApi()
  if (!api) return err('Automatic backups are kept only by the Racepoint desktop app.')
  const pieces: Uint8Array[] = []
  let offset = 0
  let size = Infinity
  while (offset < size) {
    const read = await api.backup.read(name, offset)
    if (!read.ok) return read
    size = read.value.size
    if (read.value.chunk.byteLength === 0) break
    pieces.push(read.value.chunk)
    offset += read.value.chunk.byteLength
    onProgress?.(offset, size)
  }
  const bytes = new Uint8Array(offset)
  let at = 0
  for (const piece of pieces) {
    bytes.set(piece, at)
    at += piece.byteLength
  }
  return ok(bytes)
}

/** Removes an automatic backup from the backups folder (desktop only). */
export async function removeAutomaticBackup(name: string): Promise<Result<null>> {
  const api = desktopApi()
  if (!api) return err('Automatic backups are kept only by the Racepoint desktop app.')
  return api.backup.remove(name)
}

/** The desktop app is closing and waits for a last automatic backup. */
export function onQuitRequested(listener: () => void): Unsubscribe {
  const api = desktopApi()
  return api ? api.backup.onQuitRequested(listener) : () => undefined
}

/** Tells the desktop app its last backup is written (or there was nothing new). */
export async function quitReady(): Promise<void> {
  await desktopApi()?.backup.quitReady()
}
