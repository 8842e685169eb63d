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
  'export-csv'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export type AppInfo = {
  version: string
  /** Folder holding the clinic's data and automatic backups. */
  userDataPath: string
  platform: string
}

export type PaperSize = 'A4' | 'Letter'

/** The take-home sheet on screen, printed or saved as PDF by the main process. */
export type PrintSheetRequest = { paperSize: PaperSize }
export type PrintSheetOutcome = { outcome: 'printed' | 'cancelled' }
export type SaveSheetPdfRequest = { paperSize: PaperSize; fileName: string }
export type SaveSheetPdfOutcome = { outcome: 'saved'; path: string } | { outcome: 'cancelled' }

/** Renderer -> main requests: channel -> request and response. Every response is a Result. */
export type InvokeContract = {
  'app:get-info': { request: null; response: Result<AppInfo> }
  'sheet:print': { request: PrintSheetRequest; response: Result<PrintSheetOutcome> }
  'sheet:save-pdf': { request: SaveSheetPdfRequest; response: Result<SaveSheetPdfOutcome> }
}
export type InvokeChannel = keyof InvokeContract
export type InvokeRequest<C extends InvokeChannel> = InvokeContract[C]['request']
export type InvokeResponse<C extends InvokeChannel> = InvokeContract[C]['response']

/** Main -> renderer events: channel -> payload. */
export type EventContract = {
  'menu:command': MenuCommand
}
export type EventChannel = keyof EventContract

export type Unsubscribe = () => void

export type Api = {
  app: {
    getInfo: () => Promise<InvokeResponse<'app:get-info'>>
  }
  sheet: {
    print: (request: PrintSheetRequest) => Promise<InvokeResponse<'sheet:print'>>
    savePdf: (request: SaveSheetPdfRequest) => Promise<InvokeResponse<'sheet:save-pdf'>>
  }
  onMenuCommand: (listener: (command: MenuCommand) => void) => Unsubscribe
}
