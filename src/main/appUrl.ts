import { normalize, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/ipc'

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export type AssetLookup = { kind: 'file'; path: string } | { kind: 'refused'; reason: string }

/**
 * Maps an app:// request to a file inside the built renderer. Anything that is not this
 * origin, or that would climb out of the renderer folder, is refused.
 */
export function resolveAppAsset(requestUrl: string, rendererRoot: string): AssetLookup {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'refused', reason: 'malformed URL' }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'refused', reason: 'foreign origin' }
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'refused', reason: 'malformed path' }
  }
  if (pathname.includes('\0')) return { kind: 'refused', reason: 'malformed path' }
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1)
  const root = resolve(rendererRoot)
  const path = resolve(root, normalize(relativePath))
  const rel = relative(root, path)
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || resolve(root, rel) !== path) {
    return { kind: 'refused', reason: 'outside the app' }
  }
  return { kind: 'file', path }
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  txt: 'text/plain; charset=utf-8'
}

export function mimeTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return MIME[ext] ?? 'application/octet-stream'
}
