/**
 * The bridge contract between the renderer and the main process. The preload builds `api`
 * from it (`satisfies Api`) and the main process registers one validated handler per channel,
 * so both sides are checked against this file at compile time.
 */
import type { Result } from './result'

/** The origin the renderer is served from. IndexedDB belongs to it: never change it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'racepoint'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export const MENU_COMMANDS = [
  'go-today',
  'go-patients',
  'go-races',
  'go-settings',
  'find-patient',
  'new-patient',
  'log-session',
  'print-sheet',
  'save-sheet-pdf',
  'backup',
  'restore',
  'export-csv',
  'lock'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export type AppInfo = {
  version: string
  /** Folder holding the clinic's data and automatic backups. */
  userDataPath: string
  platform: string
  /** Folder holding Racepoint's log (no patient data), to send with a support request. */
  logFolder: string
}

export type PaperSize = 'A4' | 'Letter'

/** The take-home sheet on screen, printed or saved as PDF by the main process. */
export type PrintSheetRequest = { paperSize: PaperSize }
export type PrintSheetOutcome = { outcome: 'printed' | 'cancelled' }
export type SaveSheetPdfRequest = { paperSize: PaperSize; fileName: string }
export type SaveSheetPdfOutcome = { outcome: 'saved'; path: string } | { outcome: 'cancelled' }

/** A backup the main process made in <userData>/backups (see src/main/backup). */
export type AutoBackupKind = 'auto' | 'before-restore'
export type AutoBackupInfo = {
  name: string
  kind: AutoBackupKind
  createdAt: string
  size: number
  /** Sealed with the clinic's key (a .racepoint file); false for a plain one from before. */
  isSealed: boolean
}
export type AutoBackupList = { folder: string; backups: AutoBackupInfo[] }

/** Where a file the renderer sends in pieces goes: a place the user picks, or the backups folder. */
export type FileTarget =
  | { target: 'save'; format: 'backup' | 'csv'; suggestedName: string }
  | {
      target: 'auto'
      kind: AutoBackupKind
      isSealed: boolean
      /** A plain automatic backup this sealed copy replaces: same moment, removed once saved. */
      replaces?: string
    }
export type OpenTransfer = { transferId: string; fileName: string }
export type SavedFile = { fileName: string; path: string; size: number }

/** Renderer -> main requests: channel -> request and response. Every response is a Result. */
export type InvokeContract = {
  'app:get-info': { request: null; response: Result<AppInfo> }
  /** The sealed clinic is whole: remove the old plain store's files at the next start. */
  'storage:retire-plain': { request: null; response: Result<null> }
  'sheet:print': { request: PrintSheetRequest; response: Result<PrintSheetOutcome> }
  'sheet:save-pdf': { request: SaveSheetPdfRequest; response: Result<SaveSheetPdfOutcome> }
  /** Opens a file for writing in pieces; null when the user cancels the save dialog. */
  'backup:begin': { request: FileTarget; response: Result<OpenTransfer | null> }
  'backup:write': { request: { transferId: string; chunk: Uint8Array }; response: Result<null> }
  'backup:commit': { request: { transferId: string }; response: Result<SavedFile> }
  'backup:abort': { request: { transferId: string }; response: Result<null> }
  'backup:list': { request: null; response: Result<AutoBackupList> }
  'backup:read': {
    request: { name: string; offset: number }
    response: Result<{ chunk: Uint8Array; size: number }>
  }
  /** Removes an automatic backup (a plain one from before sealing, with the user's consent). */
  'backup:remove': { request: { name: string }; response: Result<null> }
  /** The renderer has written its last backup (or had nothing new): the window may close. */
  'backup:quit-ready': { request: null; response: Result<null> }
}
export type InvokeChannel = keyof InvokeContract
export type InvokeRequest<C extends InvokeChannel> = InvokeContract[C]['request']
export type InvokeResponse<C extends InvokeChannel> = InvokeContract[C]['response']

/** Main -> renderer events: channel -> payload. */
export type EventContract = {
  'menu:command': MenuCommand
  /** The window is closing: write a last automatic backup, then call backup:quit-ready. */
  'backup:quit-requested': null
}
export type EventChannel = keyof EventContract

export type Unsubscribe = () => void

export type Api = {
  app: {
    getInfo: () => Promise<InvokeResponse<'app:get-info'>>
    retirePlainStore: () => Promise<InvokeResponse<'storage:retire-plain'>>
  }
  sheet: {
    print: (request: PrintSheetRequest) => Promise<InvokeResponse<'sheet:print'>>
    savePdf: (request: SaveSheetPdfRequest) => Promise<InvokeResponse<'sheet:save-pdf'>>
  }
  onMenuCommand: (listener: (command: MenuCommand) => void) => Unsubscribe
  backup: {
    begin: (target: FileTarget) => Promise<InvokeResponse<'backup:begin'>>
    write: (transferId: string, chunk: Uint8Array) => Promise<InvokeResponse<'backup:write'>>
    commit: (transferId: string) => Promise<InvokeResponse<'backup:commit'>>
    abort: (transferId: string) => Promise<InvokeResponse<'backup:abort'>>
    list: () => Promise<InvokeResponse<'backup:list'>>
    read: (name: string, offset: number) => Promise<InvokeResponse<'backup:read'>>
    remove: (name: string) => Promise<InvokeResponse<'backup:remove'>>
    quitReady: () => Promise<InvokeResponse<'backup:quit-ready'>>
    onQuitRequested: (listener: () => void) => Unsubscribe
  }
}
