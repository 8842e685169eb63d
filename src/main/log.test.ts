import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLog, errorCode, formatLogLine, LOG_FILE_NAME, REDACTED } from './log'

const isPosix = process.platform !== 'win32'

async function logAt(options: { maxBytes?: number; generations?: number } = {}) {
  const base = await mkdtemp(join(tmpdir(), 'racepoint-log-'))
  const folder = join(base, 'logs')
  let tick = 0
  const log = createLog({
    folder,
    now: () => new Date(Date.UTC(2026, 2, 16, 9, 0, tick++)),
    ...options
  })
  return { base, folder, log }
}

const readLines = async (path: string) =>
  (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the log file', () => {
  it('writes one JSON line per event with its fixed fields', async () => {
    const { log } = await logAt()
    log.info('app.started', { version: '0.1.0', platform: 'linux', isPackaged: true })
    log.warn('ipc.refused', { channel: 'backup:read', why: 'input' })
    expect(await readLines(log.file)).toEqual([
      {
        time: '2026-03-16T09:00:00.000Z',
        level: 'info',
        event: 'app.started',
        version: '0.1.0',
        platform: 'linux',
        isPackaged: true
      },
      {
        time: '2026-03-16T09:00:01.000Z',
        level: 'warn',
        event: 'ipc.refused',
        channel: 'backup:read',
        why: 'input'
      }
    ])
  })

  it('never writes an error’s message, a path or a name, only the error’s code', async () => {
    const { log } = await logAt()
    const error = Object.assign(
      new Error(
        "EACCES: permission denied, open '/home/maya/Sheets/Zoë Martin 2026-03-13 recovery sheet.pdf'"
      ),
      { code: 'EACCES', path: '/home/maya/Sheets/Zoë Martin 2026-03-13 recovery sheet.pdf' }
    )
    log.error('pdf.failed', { code: errorCode(error) })
    // A careless caller who passes text gets it replaced, not written.
    log.error('ipc.failed', {
      channel: 'sheet:save-pdf',
      message: error.message,
      patient: 'Zoë Martin',
      diagnosis: 'Achilles tendinopathy, left',
      path: '/home/maya/Zoe-Martin.pdf',
      'name with spaces': 'Zoe'
    })
    const text = await readFile(log.file, 'utf8')
    for (const leak of ['Zoë', 'Zoe', 'Martin', 'Achilles', '/home/maya', 'recovery sheet'])
      expect(text).not.toContain(leak)
    expect(await readLines(log.file)).toMatchObject([
      { event: 'pdf.failed', code: 'EACCES' },
      {
        event: 'ipc.failed',
        channel: 'sheet:save-pdf',
        message: REDACTED,
        patient: REDACTED,
        diagnosis: REDACTED,
        path: REDACTED
      }
    ])
  })

  it('keeps the file under its size and a few older generations, then drops the oldest', async () => {
    const { folder, log } = await logAt({ maxBytes: 400, generations: 2 })
    for (let i = 0; i < 40; i++) log.info('backup.saved', { bytes: i })
    const names = (await readdir(folder)).sort()
    expect(names).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`])
    for (const name of names) expect((await stat(join(folder, name))).size).toBeLessThanOrEqual(400)
    // The newest line is in the current file, the oldest ones are gone.
    const current = await readLines(log.file)
    expect(current.at(-1)).toMatchObject({ bytes: 39 })
    const all = [
      ...(await readLines(join(folder, `${LOG_FILE_NAME}.2`))),
      ...(await readLines(join(folder, `${LOG_FILE_NAME}.1`))),
      ...current
    ].map((line) => line['bytes'])
    expect(all).toEqual(all.map((_, i) => 40 - all.length + i))
    expect(all.length).toBeLessThan(40)
  })

  it.skipIf(!isPosix)(
    'is readable by the user alone, in a folder only the user can open',
    async () => {
      const { folder, log } = await logAt({ maxBytes: 200, generations: 1 })
      for (let i = 0; i < 10; i++) log.info('backup.saved', { bytes: i })
      expect((await stat(folder)).mode & 0o777).toBe(0o700)
      for (const name of await readdir(folder))
        expect((await stat(join(folder, name))).mode & 0o777).toBe(0o600)
    }
  )

  it.skipIf(!isPosix)(
    'does not write through a symbolic link planted as the log file',
    async () => {
      const { base, folder, log } = await logAt()
      log.info('app.started')
      const target = join(base, 'elsewhere.txt')
      await writeFile(target, 'untouched')
      await rm(log.file)
      await symlink(target, join(folder, LOG_FILE_NAME))
      log.info('app.quit')
      expect(await readFile(target, 'utf8')).toBe('untouched')
      expect((await lstat(log.file)).isSymbolicLink()).toBe(true)
    }
  )

  it('never throws, even when its folder cannot be made', async () => {
    const base = await mkdtemp(join(tmpdir(), 'racepoint-log-'))
    await writeFile(join(base, 'logs'), 'a file where the folder should be')
    const log = createLog({ folder: join(base, 'logs') })
    expect(() => log.error('app.error', { code: 'EEXIST' })).not.toThrow()
  })
})

describe('log lines', () => {
  it('refuse an event that is not in the list, and field names that are not plain words', () => {
    const line = JSON.parse(
      formatLogLine(new Date(0), 'info', 'Zoë Martin opened' as 'app.started', {
        time: 'overridden',
        ok: 1
      })
    ) as Record<string, unknown>
    expect(line).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      event: REDACTED,
      ok: 1
    })
  })

  it('keep only the code of an error', () => {
    expect(errorCode(Object.assign(new Error('disk full at /x'), { code: 'ENOSPC' }))).toBe(
      'ENOSPC'
    )
    expect(errorCode(Object.assign(new Error('x'), { code: 'Zoë Martin' }))).toBe('Error')
    expect(errorCode(new TypeError('Zoë'))).toBe('TypeError')
    expect(errorCode('Zoë Martin')).toBe('unknown')
  })
})
