import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  markPlainStoreForRemoval,
  plainStorePaths,
  retirePlainStoreIfMarked,
  storeFolderOf
} from './plainStore'

describe('retiring the plain store', () => {
  it('names the store folder as Chromium does', () => {
    expect(storeFolderOf('app://racepoint')).toBe('app_racepoint_0')
    expect(storeFolderOf('http://127.0.0.1:4173')).toBe('http_127.0.0.1_4173')
    expect(() => storeFolderOf('app://../etc')).toThrow()
  })

  it('removes the plain store only once marked, and never the sealed bucket', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'racepoint-store-'))
    const [leveldb, blob] = plainStorePaths(dir, 'app://racepoint')
    const bucket = join(dir, 'WebStorage', '2', 'IndexedDB', 'indexeddb.leveldb')
    for (const folder of [leveldb!, blob!, bucket]) {
      await mkdir(folder, { recursive: true })
      await writeFile(join(folder, '000005.ldb'), 'rows')
    }
    expect(await retirePlainStoreIfMarked(dir, 'app://racepoint')).toBe(false)
    expect(existsSync(leveldb!)).toBe(true)

    await markPlainStoreForRemoval(dir)
    expect(await retirePlainStoreIfMarked(dir, 'app://racepoint')).toBe(true)
    expect(existsSync(leveldb!)).toBe(false)
    expect(existsSync(blob!)).toBe(false)
    expect(await readdir(bucket)).toEqual(['000005.ldb'])
    // The mark is gone with it: the next start does nothing.
    expect(await retirePlainStoreIfMarked(dir, 'app://racepoint')).toBe(false)
  })
})
