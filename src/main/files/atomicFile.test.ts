import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAtomicFile, partialPath, writeFileAtomic } from './atomicFile'

const isPosix = process.platform !== 'win32'
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const tempFolder = () => mkdtemp(join(tmpdir(), 'racepoint-atomic-'))

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

  it('never opens a partial file that already exists, nor writes through a link there', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'sheet.pdf')
    const elsewhere = join(folder, 'elsewhere.txt')
    await writeFile(elsewhere, 'untouched')
    await symlink(elsewhere, partialPath(path, 'cccc3333'))
    await expect(writeFileAtomic(path, bytes('%PDF'), 'cccc3333')).rejects.toMatchObject({
      code: 'EEXIST'
    })
    expect(await readFile(elsewhere, 'utf8')).toBe('untouched')
  })

  it.skipIf(!isPosix)(
    'makes files readable by the user alone, even replacing one that was not (POSIX modes; skipped on Windows, which has none)',
    async () => {
      const folder = await tempFolder()
      const path = join(folder, 'sessions.csv')
      await writeFile(path, 'old', { mode: 0o644 })
      await writeFileAtomic(path, bytes('new'), 'dddd4444')
      expect((await stat(path)).mode & 0o777).toBe(0o600)
      const fresh = join(folder, 'fresh.json')
      const file = await createAtomicFile(fresh, 'eeee5555')
      expect((await stat(partialPath(fresh, 'eeee5555'))).mode & 0o777).toBe(0o600)
      await file.commit()
      expect((await stat(fresh)).mode & 0o777).toBe(0o600)
    }
  )
})
