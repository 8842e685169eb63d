import { chmod, mkdir, mkdtemp, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
        size: 7,
        isSealed: false
      },
      {
        name: 'auto-2026-03-16T12-00-00-000Z.json',
        kind: 'auto',
        createdAt: '2026-03-16T12:00:00.000Z',
        size: 5,
        isSealed: false
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

  it('refuses to read, and does not list, a link planted in the folder under a backup’s name', async () => {
    const folder = await tempFolder()
    const { store } = storeAt(folder)
    const { name, file } = await store.begin('auto')
    await file.write(bytes('{"real":true}'))
    await file.commit()
    const secret = join(folder, 'someone-elses-file.json')
    await writeFile(secret, '{"patient":"Zoë Martin"}')
    const planted = 'auto-2026-03-15T12-00-00-000Z.json'
    await symlink(secret, join(folder, 'backups', planted))
    await expect(store.read(planted, 0)).rejects.toThrow(/not a file in the backups folder/)
    expect((await store.list()).map((b) => b.name)).toEqual([name])
    expect(new TextDecoder().decode((await store.read(name, 0)).chunk)).toBe('{"real":true}')
  })

  it.skipIf(process.platform === 'win32')(
    'keeps automatic backups readable by the user alone, in a folder only the user can open (POSIX modes; skipped on Windows, which has none)',
    async () => {
      const folder = await tempFolder()
      // A folder made by an earlier version, open to everyone, is closed on the next backup.
      await mkdir(join(folder, 'backups'), { mode: 0o755 })
      await chmod(join(folder, 'backups'), 0o755)
      const { store } = storeAt(folder)
      const { name, file } = await store.begin('auto')
      await file.write(bytes('{}'))
      await file.commit()
      expect((await stat(join(folder, 'backups'))).mode & 0o777).toBe(0o700)
      expect((await stat(join(folder, 'backups', name))).mode & 0o777).toBe(0o600)
    }
  )
})
