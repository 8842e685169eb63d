import { APP_HOST, APP_SCHEME } from '../shared/ipc'

/**
 * Content-Security-Policy for every page of the app, sent as a header by the app:// handler
 * (the renderer's index.html carries the same policy as a meta tag).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * Is this URL the app itself? Only app://racepoint, or the dev server's exact origin while
 * developing. Parsed, never compared as substrings ("app://racepoint.evil" is not the app).
 */
export function isTrustedUrl(candidate: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** The renderer's window settings: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Middle-click would otherwise try to open links in a new window (refused anyway).
    disableBlinkFeatures: 'Auxclick',
    // Off: Windows and Linux would download dictionaries, and Racepoint promises no network use.
    spellcheck: false
  } as const
}
