/**
 * The one place that touches `window.api`. In the desktop app the preload provides it; in a
 * plain browser (development, end-to-end tests) it is missing and each call falls back to
 * what a browser can do.
 */
import type { Api, AppInfo, MenuCommand, Unsubscribe } from '@shared/ipc'
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
