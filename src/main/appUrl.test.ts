import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeTypeFor, resolveAppAsset } from './appUrl'

const root = resolve('/opt/racepoint/renderer')

describe('app:// asset lookup', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppAsset('app://racepoint/', root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html')
    })
    expect(resolveAppAsset('app://racepoint/assets/index-abc.js', root)).toEqual({
      kind: 'file',
      path: join(root, 'assets/index-abc.js')
    })
    expect(resolveAppAsset('app://racepoint/index.html#/patients/1', root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html')
    })
  })

  it('refuses paths that climb out of the renderer folder, however they are encoded', () => {
    // The URL parser already folds literal dot segments, which keeps them inside the folder.
    expect(resolveAppAsset('app://racepoint/../../etc/passwd', root)).toEqual({
      kind: 'file',
      path: join(root, 'etc/passwd')
    })
    expect(resolveAppAsset('app://racepoint/%2e%2e/%2e%2e/etc/passwd', root)).toEqual({
      kind: 'file',
      path: join(root, 'etc/passwd')
    })
    // Encoded slashes survive URL parsing and decode to a real climb: refused.
    expect(resolveAppAsset('app://racepoint/assets/..%2f..%2f..%2fsecret', root).kind).toBe(
      'refused'
    )
    expect(resolveAppAsset('app://racepoint/a%00b', root).kind).toBe('refused')
    expect(resolveAppAsset('app://racepoint/%E0%A4%A', root).kind).toBe('refused')
  })

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset('app://evil/index.html', root)).toEqual({
      kind: 'refused',
      reason: 'foreign origin'
    })
    expect(resolveAppAsset('file:///etc/passwd', root).kind).toBe('refused')
    expect(resolveAppAsset('not a url', root).kind).toBe('refused')
  })

  it('labels content types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('/x/font.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('/x/blob.bin')).toBe('application/octet-stream')
  })
})
