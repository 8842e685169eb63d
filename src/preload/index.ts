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

/**
 * Closing waits for the renderer's last automatic backup. A page that does not listen (the
 * clinic's data could not be opened) is answered at once, so closing never waits for nothing.
 */
let quitListeners = 0
ipcRenderer.on('backup:quit-requested', () => {
  if (quitListeners === 0) void invoke('backup:quit-ready', null)
})

const api = {
  app: {
    getInfo: () => invoke('app:get-info', null),
    retirePlainStore: () => invoke('storage:retire-plain', null)
  },
  sheet: {
    print: (request) => invoke('sheet:print', request),
    savePdf: (request) => invoke('sheet:save-pdf', request)
  },
  onMenuCommand: (listener) => subscribe('menu:command', listener),
  backup: {
    begin: (target) => invoke('backup:begin', target),
    write: (transferId, chunk) => invoke('backup:write', { transferId, chunk }),
    commit: (transferId) => invoke('backup:commit', { transferId }),
    abort: (transferId) => invoke('backup:abort', { transferId }),
    list: () => invoke('backup:list', null),
    read: (name, offset) => invoke('backup:read', { name, offset }),
    remove: (name) => invoke('backup:remove', { name }),
    quitReady: () => invoke('backup:quit-ready', null),
    onQuitRequested: (listener) => {
      quitListeners++
      const unsubscribe = subscribe('backup:quit-requested', () => listener())
      return () => {
        quitListeners--
        unsubscribe()
      }
    }
  }
} satisfies Api

contextBridge.exposeInMainWorld('api', api)
