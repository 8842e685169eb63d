import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isInside, mimeTypeFor, resolveAppAsset, type PathRules } from './appUrl'

const systems: { name: string; rules: PathRules; root: string }[] = [
  { name: 'POSIX', rules: path.posix, root: '/opt/racepoint/resources/app.asar/out/renderer' },
  {
    name: 'Windows',
    rules: path.win32,
    root: 'D:\\Programs\\Racepoint\\resources\\app.asar\\out\\renderer'
  }
]

describe.each(systems)('app:// asset lookup with $name path rules', ({ rules, root }) => {
  const lookup = (url: string) => resolveAppAsset(url, root, rules)

  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(lookup('app://racepoint/')).toEqual({
      kind: 'file',
      path: rules.join(root, 'index.html')
    })
    expect(lookup('app://racepoint/assets/index-BwvUnNOS.js')).toEqual({
      kind: 'file',
      path: rules.join(root, 'assets', 'index-BwvUnNOS.js')
    })
    expect(lookup('app://racepoint/assets/inter-latin-wght-normal-Dx4kXJAl.woff2').kind).toBe(
      'file'
    )
    expect(lookup('app://racepoint/index.html#/patients/1')).toEqual({
      kind: 'file',
      path: rules.join(root, 'index.html')
    })
  })

  it('keeps literal dot segments inside the folder (the URL parser folds them)', () => {
    expect(lookup('app://racepoint/../../etc/passwd')).toEqual({
      kind: 'file',
      path: rules.join(root, 'etc', 'passwd')
    })
    expect(lookup('app://racepoint/%2e%2e/%2e%2e/etc/passwd')).toEqual({
      kind: 'file',
      path: rules.join(root, 'etc', 'passwd')
    })
  })

  it('refuses a drive letter, however it is written', () => {
    for (const url of [
      'app://racepoint/C:/Windows/win.ini',
      'app://racepoint/C:%5cWindows%5cwin.ini',
      'app://racepoint/c%3A/Windows/win.ini',
      'app://racepoint/assets/C:/Windows/win.ini',
      'app://racepoint/D:',
      'app://racepoint/index.html:stream'
    ])
      expect(lookup(url), url).toEqual({ kind: 'refused', reason: 'not-an-app-file' })
  })

  it('refuses backslashes, encoded slashes and dot segments that decode to a climb', () => {
    for (const url of [
      'app://racepoint/..%5c..%5cWindows%5cwin.ini',
      'app://racepoint/assets%5c..%5c..%5csecret',
      'app://racepoint/%5c%5cserver%5cshare%5cfile',
      'app://racepoint/assets/..%2f..%2f..%2fsecret',
      'app://racepoint/%2fetc%2fpasswd',
      'app://racepoint/assets/%2e%2e%5csecret'
    ])
      expect(lookup(url).kind, url).toBe('refused')
  })

  it('refuses hidden files, device names, trailing dots and odd characters', () => {
    for (const url of [
      'app://racepoint/.env',
      'app://racepoint/assets/.vite/manifest.json',
      'app://racepoint/CON',
      'app://racepoint/assets/nul.txt',
      'app://racepoint/COM1.js',
      'app://racepoint/index.html.',
      'app://racepoint/index.html%20',
      'app://racepoint/a%00b',
      'app://racepoint/a%20b.js',
      'app://racepoint/assets//index.js',
      'app://racepoint/assets/'
    ])
      expect(lookup(url).kind, url).toBe('refused')
    expect(lookup('app://racepoint/%E0%A4%A')).toEqual({
      kind: 'refused',
      reason: 'malformed-path'
    })
  })

  it('refuses other hosts and schemes', () => {
    expect(lookup('app://evil/index.html')).toEqual({ kind: 'refused', reason: 'foreign-origin' })
    expect(lookup('file:///etc/passwd').kind).toBe('refused')
    expect(lookup('not a url')).toEqual({ kind: 'refused', reason: 'malformed-url' })
  })
})

describe('inside a folder', () => {
  it('is false across Windows drives, where path.relative gives an absolute path', () => {
    // The hole this closes: relative('D:\\app', 'C:\\Windows\\win.ini') is 'C:\\Windows\\win.ini'.
    expect(path.win32.relative('D:\\app', 'C:\\Windows\\win.ini')).toBe('C:\\Windows\\win.ini')
    expect(isInside('D:\\app', 'C:\\Windows\\win.ini', path.win32)).toBe(false)
    expect(isInside('D:\\app', 'd:\\app\\index.html', path.win32)).toBe(true)
    expect(isInside('D:\\app', 'D:\\app', path.win32)).toBe(false)
    expect(isInside('D:\\app', 'D:\\app-other\\x', path.win32)).toBe(false)
    expect(isInside('D:\\app', '\\\\server\\share\\x', path.win32)).toBe(false)
  })

  it('is false for the folder itself, its parents and its siblings on POSIX', () => {
    expect(isInside('/opt/app', '/opt/app/index.html', path.posix)).toBe(true)
    expect(isInside('/opt/app', '/opt/app', path.posix)).toBe(false)
    expect(isInside('/opt/app', '/opt/app2/index.html', path.posix)).toBe(false)
    expect(isInside('/opt/app', '/etc/passwd', path.posix)).toBe(false)
  })
})

describe('content types', () => {
  it('labels the files the renderer is built from', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('/x/font.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('/x/blob.bin')).toBe('application/octet-stream')
  })
})
