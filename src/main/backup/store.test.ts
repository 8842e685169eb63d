import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAtomicFile, writeFileAtomic } from './atomicFile'
import { createBackupStore, READ_CHUNK_BYTES } from './store'

let ids = 0
const newId = (): string => `id-${++ids}-${Math.random().toString(36).slice(2, 8)}`

async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'racepoint-backups-'))
}

function storeAt(folder: string, start = '2026-03-16T12:00:00Z') {
  let now = new Date(start)
  const store = createBackupStore({
    folder: join(folder, 'backups'),
    now: () => now,
    newId,
    policy: { recent: 1, daily: 2, weekly: 1, monthly: 1, beforeRestore: 1 }
  })
  return { store, setNow: (iso: string) => (now = new Date(iso)) }
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('writing a file atomically', () => {
  it('shows nothing at the destination until it is committed, then all of it', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'backup.json')
    const file = await createAtomicFile(path, 'abc12345')
    await file.write(bytes('{"part":1,'))
    await file.write(bytes('"part":2}'))
    expect(await readdir(folder)).toEqual(['.backup.json.abc12345.partial'])
    expect(await file.commit()).toEqual({ path, size: 19 })
    expect(await readdir(folder)).toEqual(['backup.json'])
    expect(await readFile(path, 'utf8')).toBe('{"part":1,"part":2}')
  })

  it('keeps the previous file whole until the new one is complete, and after an abort', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'clinic.json')
    await writeFile(path, 'old backup')
    const abandoned = await createAtomicFile(path, 'aaaa1111')
    await abandoned.write(bytes('half of a new'))
    expect(await readFile(path, 'utf8')).toBe('old backup')
    await abandoned.abort()
    expect(await readdir(folder)).toEqual(['clinic.json'])
    expect(await readFile(path, 'utf8')).toBe('old backup')

    await writeFileAtomic(path, bytes('new backup'), 'bbbb2222')
    expect(await readFile(path, 'utf8')).toBe('new backup')
    expect(await readdir(folder)).toEqual(['clinic.json'])
  })
})

describe('the automatic-backups folder', () => {
  it('lists backups newest first with their size, once committed', async () => {
    const { store, setNow } = storeAt(await tempFolder())
    expect(await store.list()).toEqual([])
    const first = await store.begin('auto')
    await first.file.write(bytes('first'))
    expect(await store.list()).toEqual([])
    await first.file.commit()
    setNow('2026-03-16T13:00:00Z')
    const second = await store.begin('before-restore')
    await second.file.write(bytes('second!'))
    await second.file.commit()
    expect(await store.list()).toEqual([
      {
        name: 'before-restore-2026-03-16T13-00-00-000Z.json',
        kind: 'before-restore',
        createdAt: '2026-03-16T13:00:00.000Z',
        size: 7
      },
      {
        name: 'auto-2026-03-16T12-00-00-000Z.json',
        kind: 'auto',
        createdAt: '2026-03-16T12:00:00.000Z',
        size: 5
      }
    ])
  })

  it('never overwrites a backup made in the same millisecond', async () => {
    const { store } = storeAt(await tempFolder())
    for (const text of ['one', 'two']) {
      const { file } = await store.begin('auto')
      await file.write(bytes(text))
      await file.commit()
    }
    expect((await store.list()).map((b) => b.name)).toEqual([
      'auto-2026-03-16T12-00-00-001Z.json',
      'auto-2026-03-16T12-00-00-000Z.json'
    ])
  })

  it('reads a backup back in pieces, and only files that are backups in the folder', async () => {
    const folder = await tempFolder()
    const { store } = storeAt(folder)
    const { name, file } = await store.begin('auto')
    const big = new Uint8Array(READ_CHUNK_BYTES + 10).fill(65)
    await file.write(big)
    await file.commit()
    const head = await store.read(name, 0)
    expect(head.size).toBe(big.length)
    expect(head.chunk.length).toBe(READ_CHUNK_BYTES)
    const tail = await store.read(name, READ_CHUNK_BYTES)
    expect(tail.chunk.length).toBe(10)
    await writeFile(join(folder, 'secret.json'), 'not yours')
    await expect(store.read('../secret.json', 0)).rejects.toThrow(
      /not the name of an automatic backup/
    )
  })

  it('prunes what the rotation no longer keeps, and partial files left by a crash', async () => {
    const folder = await tempFolder()
    const { store, setNow } = storeAt(folder, '2026-03-01T12:00:00Z')
    for (const day of ['01', '02', '03', '04']) {
      setNow(`2026-03-${day}T12:00:00Z`)
      const { file } = await store.begin('auto')
      await file.write(bytes(day))
      await file.commit()
    }
    const stale = join(folder, 'backups', '.auto-x.json.dead.partial')
    await writeFile(stale, 'cut off')
    await utimes(stale, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))
    const fresh = await store.begin('auto')
    await fresh.file.write(bytes('in progress'))
    const freshPartial = (await readdir(join(folder, 'backups'))).find((n) =>
      n.startsWith(`.${fresh.name}`)
    )!
    const anHourAgo = new Date('2026-03-04T11:00:00Z')
    await utimes(join(folder, 'backups', freshPartial), anHourAgo, anHourAgo)

    const removed = await store.prune()
    expect(removed).toEqual([
      'auto-2026-03-02T12-00-00-000Z.json',
      'auto-2026-03-01T12-00-00-000Z.json'
    ])
    const left = (await readdir(join(folder, 'backups'))).sort()
    expect(left.filter((n) => !n.endsWith('.partial'))).toEqual([
      'auto-2026-03-03T12-00-00-000Z.json',
      'auto-2026-03-04T12-00-00-000Z.json'
    ])
    // The write still in progress keeps its partial file; the day-old one is gone.
    expect(left.filter((n) => n.endsWith('.partial'))).toHaveLength(1)
    await fresh.file.commit()
  })
})
