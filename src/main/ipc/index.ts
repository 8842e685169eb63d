import type { IpcMain } from 'electron'
import { appInfoHandler, retirePlainStoreHandler, type AppInfoDeps } from './app'
import { backupHandlers, type BackupIpcDeps } from './backup'
import type { Log } from '../log'
import { registerHandlers, type HandlerTable } from './handle'
import { printSheetHandler, saveSheetPdfHandler, type PrintDeps } from './print'

export type IpcDeps = {
  appInfo: AppInfoDeps
  print: PrintDeps
  backup: BackupIpcDeps
  devServerUrl: string | undefined
  log: Log
}

/** Every IPC channel is registered here, one handler per channel of the contract. */
export function registerIpc(ipcMain: IpcMain, deps: IpcDeps): void {
  const table: HandlerTable = {
    'app:get-info': appInfoHandler(deps.appInfo),
    'storage:retire-plain': retirePlainStoreHandler(deps.appInfo.userDataPath),
    'sheet:print': printSheetHandler(),
    'sheet:save-pdf': saveSheetPdfHandler(deps.print),
    ...backupHandlers(deps.backup)
  }
  registerHandlers(ipcMain, table, deps.devServerUrl, deps.log)
}
