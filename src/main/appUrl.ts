import nodePath from 'node:path'
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/ipc'

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export type AssetLookup = { kind: 'file'; path: string } | { kind: 'refused'; reason: string }

/** The path rules of one system: node's `path` here, `path.win32` or `path.posix` in tests. */
export type PathRules = Pick<
  typeof nodePath,
  'resolve' | 'relative' | 'isAbsolute' | 'join' | 'sep' | 'dirname'
>

/**
 * One segment of a built asset's path ("assets", "index-BwvUnNOS.js"). Only what the build
 * produces is allowed: no backslash, colon (drive letters, Windows alternate streams), percent
 * or other punctuation, no leading dot (no "..", no hidden files) and no trailing dot or space,
 * which Windows silently strips.
 */
const SEGMENT = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*$/
/** Names Windows opens as devices in any folder ("CON", "nul.txt", "COM1"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** Is `candidate` strictly inside `root` (both absolute) under these path rules? */
export function isInside(root: string, candidate: string, rules: PathRules = nodePath): boolean {
  const rel = rules.relative(root, candidate)
  // Across Windows drives `relative` returns an absolute path: that is outside too.
  return rel !== '' && !rel.startsWith('..') && !rules.isAbsolute(rel)
}

/**
 * Maps an app:// request to a file inside the built renderer. Anything that is not this
 * origin, or that names anything but a plain file below the renderer folder, is refused.
 * `rules` are the path rules of the system the app runs on (tests pass `path.win32` too).
 */
export function resolveAppAsset(
  requestUrl: string,
  rendererRoot: string,
  rules: PathRules = nodePath
): AssetLookup {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'refused', reason: 'malformed-url' }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'refused', reason: 'foreign-origin' }
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'refused', reason: 'malformed-path' }
  }
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1)
  const segments = relativePath.split('/')
  if (!segments.every((s) => SEGMENT.test(s) && !s.endsWith('.') && !WINDOWS_DEVICE.test(s))) {
    return { kind: 'refused', reason: 'not-an-app-file' }
  }
  const root = rules.resolve(rendererRoot)
  const path = rules.resolve(root, ...segments)
  if (!isInside(root, path, rules)) return { kind: 'refused', reason: 'outside-the-app' }
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
