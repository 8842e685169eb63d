import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type {
  Api,
  EventChannel,
  EventContract,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  Unsubscribe
} from '../shared/ipc'

function invoke<C extends InvokeChannel>(
  channel: C,
  request: InvokeRequest<C>
): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>
}

function subscribe<C extends EventChannel>(
  channel: C,
  listener: (payload: EventContract[C]) => void
): Unsubscribe {
  const handler = (_event: IpcRendererEvent, payload: EventContract[C]): void => listener(payload)
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

const api = {
  app: {
    getInfo: () => invoke('app:get-info', null)
  },
  sheet: {
    print: (request) => invoke('sheet:print', request),
    savePdf: (request) => invoke('sheet:save-pdf', request)
  },
  onMenuCommand: (listener) => subscribe('menu:command', listener)
} satisfies Api

contextBridge.exposeInMainWorld('api', api)
