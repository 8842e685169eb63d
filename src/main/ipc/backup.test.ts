import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { InvokeChannel, InvokeResponse } from '../../shared/ipc'
import { createBackupStore } from '../backup/store'
import { createLog } from '../log'
import { createTransfers, DEFAULT_TRANSFER_LIMITS, type TransferLimits } from '../backup/transfers'
import { backupHandlers, MAX_CHUNK_BYTES } from './backup'
import { runHandler, type Handler } from './handle'

const app = { senderFrame: { url: 'app://racepoint/index.html' } }
let ids = 0
const newId = (): string => `transfer-${++ids}-${Math.random().toString(36).slice(2, 8)}`

async function setup(
  savePath: string | null = null,
  limits: TransferLimits = DEFAULT_TRANSFER_LIMITS
) {
  const folder = await mkdtemp(join(tmpdir(), 'racepoint-ipc-'))
  const store = createBackupStore({
    folder: join(folder, 'backups'),
    now: () => new Date('2026-03-16T12:00:00Z'),
    newId
  })
  const onQuitReady = vi.fn()
  const log = createLog({ folder: join(folder, 'logs') })
  const chooseSavePath = vi.fn(async () => (savePath ? join(folder, savePath) : null))
  const handlers = backupHandlers({
    store,
    transfers: createTransfers(newId, limits),
    chooseSavePath,
    newId,
    onQuitReady,
    log
  })
  async function call<C extends keyof typeof handlers & InvokeChannel>(
    channel: C,
    payload: unknown
  ): Promise<InvokeResponse<C>> {
    return runHandler(handlers[channel] as Handler<C>, app, payload, undefined)
  }
  return { folder, call, chooseSavePath, onQuitReady, log }
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('backup IPC', () => {
  it('writes an automatic backup in pieces, then lists and reads it back', async () => {
    const { call, log } = await setup()
    const open = value(
      await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })
    )
    expect(open?.fileName).toBe('auto-2026-03-16T12-00-00-000Z.json')
    const id = open!.transferId
    value(await call('backup:write', { transferId: id, chunk: new TextEncoder().encode('{"a":') }))
    value(await call('backup:write', { transferId: id, chunk: new TextEncoder().encode('1}') }))
    expect(value(await call('backup:list', null)).backups).toEqual([])
    const saved = value(await call('backup:commit', { transferId: id }))
    expect(saved).toMatchObject({ fileName: open!.fileName, size: 7 })
    const list = value(await call('backup:list', null))
    expect(list.backups.map((b) => [b.name, b.size])).toEqual([[open!.fileName, 7]])
    const read = value(await call('backup:read', { name: open!.fileName, offset: 0 }))
    expect(new TextDecoder().decode(read.chunk)).toBe('{"a":1}')
    expect((await call('backup:commit', { transferId: id })).ok).toBe(false)
    expect(JSON.parse(await readFile(log.file, 'utf8'))).toMatchObject({
      event: 'backup.saved',
      kind: 'auto',
      bytes: 7
    })
  })

  it('saves where the user chose, or nothing when the dialog is cancelled', async () => {
    const chosen = await setup('My backup.json')
    const open = value(
      await chosen.call('backup:begin', {
        target: 'save',
        format: 'backup',
        suggestedName: 'racepoint-backup-2026-03-16-1200.json'
      })
    )
    expect(chosen.chooseSavePath).toHaveBeenCalledWith(
      'backup',
      'racepoint-backup-2026-03-16-1200.json'
    )
    await chosen.call('backup:write', { transferId: open!.transferId, chunk: new Uint8Array([1]) })
    await chosen.call('backup:commit', { transferId: open!.transferId })
    expect(await readFile(join(chosen.folder, 'My backup.json'))).toEqual(Buffer.from([1]))

    const cancelled = await setup(null)
    expect(
      await cancelled.call('backup:begin', {
        target: 'save',
        format: 'csv',
        suggestedName: 'sessions.csv'
      })
    ).toEqual({ ok: true, value: null })
  })

  it('refuses names that are not backups in the folder, and paths, before doing anything', async () => {
    const { call, chooseSavePath, folder } = await setup('x.json')
    for (const name of ['../window-state.json', '/etc/passwd', 'auto-x.json']) {
      const result = await call('backup:read', { name, offset: 0 })
      expect(result).toEqual({
        ok: false,
        error: 'Refused: invalid request (not the name of an automatic backup).'
      })
    }
    const sneaky = await call('backup:begin', {
      target: 'save',
      format: 'backup',
      suggestedName: '../../evil.json'
    })
    expect(sneaky.ok).toBe(false)
    expect(chooseSavePath).not.toHaveBeenCalled()
    expect((await call('backup:write', { transferId: 'x', chunk: new Uint8Array(1) })).ok).toBe(
      false
    )
    expect(
      (
        await call('backup:write', {
          transferId: 'transfer-unknown-id',
          chunk: new Uint8Array(MAX_CHUNK_BYTES + 1)
        })
      ).ok
    ).toBe(false)
    expect(await readdir(folder)).toEqual([])
  })

  it('aborting a save leaves no file behind', async () => {
    const { call, folder } = await setup('abandoned.csv')
    const open = value(
      await call('backup:begin', { target: 'save', format: 'csv', suggestedName: 'a.csv' })
    )
    await call('backup:write', { transferId: open!.transferId, chunk: new Uint8Array([1, 2]) })
    value(await call('backup:abort', { transferId: open!.transferId }))
    expect(await readdir(folder)).toEqual([])
  })

  it('tells the window it may close when the last backup is done', async () => {
    const { call, onQuitReady } = await setup()
    expect(await call('backup:quit-ready', null)).toEqual({ ok: true, value: null })
    expect(onQuitReady).toHaveBeenCalledTimes(1)
  })

  it.skipIf(process.platform === 'win32')(
    'saves backups and CSV files readable by the user alone (POSIX modes; skipped on Windows, which has none)',
    async () => {
      for (const [format, name] of [
        ['backup', 'clinic.json'],
        ['backup', 'clinic.racepoint'],
        ['csv', 'sessions.csv']
      ] as const) {
        const { call, folder } = await setup(name)
        const open = value(
          await call('backup:begin', { target: 'save', format, suggestedName: name })
        )
        await call('backup:write', { transferId: open!.transferId, chunk: new Uint8Array([1]) })
        value(await call('backup:commit', { transferId: open!.transferId }))
        expect((await stat(join(folder, name))).mode & 0o777).toBe(0o600)
      }
    }
  )

  it.skipIf(process.platform === 'win32')(
    'keeps sealed automatic backups readable by the user alone, in a folder it makes 0700 (POSIX modes)',
    async () => {
      const { call, folder } = await setup()
      const open = value(
        await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: true })
      )!
      expect(open.fileName).toBe('auto-2026-03-16T12-00-00-000Z.racepoint')
      await call('backup:write', { transferId: open.transferId, chunk: new Uint8Array([1]) })
      value(await call('backup:commit', { transferId: open.transferId }))
      expect((await stat(join(folder, 'backups'))).mode & 0o777).toBe(0o700)
      expect((await stat(join(folder, 'backups', open.fileName))).mode & 0o777).toBe(0o600)
    }
  )

  it('replaces a plain automatic backup by its sealed copy of the same moment, removing the plain one only once the copy is saved', async () => {
    const { call, folder } = await setup()
    const plain = value(
      await call('backup:begin', { target: 'auto', kind: 'before-restore', isSealed: false })
    )!
    await call('backup:write', { transferId: plain.transferId, chunk: new Uint8Array([1, 2]) })
    value(await call('backup:commit', { transferId: plain.transferId }))

    const copy = value(
      await call('backup:begin', {
        target: 'auto',
        kind: 'auto',
        isSealed: true,
        replaces: plain.fileName
      })
    )!
    expect(copy.fileName).toBe('before-restore-2026-03-16T12-00-00-000Z.racepoint')
    await call('backup:write', { transferId: copy.transferId, chunk: new Uint8Array([3]) })
    expect((await readdir(join(folder, 'backups'))).filter((n) => !n.startsWith('.'))).toEqual([
      plain.fileName
    ])
    value(await call('backup:commit', { transferId: copy.transferId }))
    expect(value(await call('backup:list', null)).backups).toEqual([
      {
        name: copy.fileName,
        kind: 'before-restore',
        createdAt: '2026-03-16T12:00:00.000Z',
        size: 1,
        isSealed: true
      }
    ])
    // Only a plain backup that is there can be replaced.
    expect(
      (
        await call('backup:begin', {
          target: 'auto',
          kind: 'auto',
          isSealed: true,
          replaces: copy.fileName
        })
      ).ok
    ).toBe(false)
  })

  it('removes an automatic backup by its exact name, and refuses anything else', async () => {
    const { call, folder } = await setup()
    const plain = value(
      await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })
    )!
    value(await call('backup:commit', { transferId: plain.transferId }))
    expect((await call('backup:remove', { name: '../secrets.json' })).ok).toBe(false)
    expect((await call('backup:remove', { name: plain.fileName })).ok).toBe(true)
    expect(await readdir(join(folder, 'backups'))).toEqual([])
    expect((await call('backup:remove', { name: plain.fileName })).ok).toBe(false)
  })

  it('stops an automatic backup that grows past its limit and leaves nothing behind', async () => {
    const limits = { maxOpen: 4, maxAutoBytes: 10, maxSavedBytes: 20 }
    const { call, folder } = await setup('big.json', limits)
    const auto = value(
      await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })
    )!
    value(await call('backup:write', { transferId: auto.transferId, chunk: new Uint8Array(6) }))
    const tooMuch = await call('backup:write', {
      transferId: auto.transferId,
      chunk: new Uint8Array(5)
    })
    expect(tooMuch).toEqual({
      ok: false,
      error:
        'This file would be larger than 10 bytes, more than Racepoint allows; nothing was saved.'
    })
    expect((await call('backup:commit', { transferId: auto.transferId })).ok).toBe(false)
    expect(await readdir(join(folder, 'backups'))).toEqual([])

    // A file saved where the user chose has its own, larger, limit.
    const saved = value(
      await call('backup:begin', { target: 'save', format: 'backup', suggestedName: 'b.json' })
    )!
    value(await call('backup:write', { transferId: saved.transferId, chunk: new Uint8Array(15) }))
    expect(
      (await call('backup:write', { transferId: saved.transferId, chunk: new Uint8Array(6) })).ok
    ).toBe(false)
    expect(await readdir(folder)).toEqual(['backups'])
  })

  it('refuses more files open at once than its limit, counting save dialogs still open', async () => {
    const limits = { ...DEFAULT_TRANSFER_LIMITS, maxOpen: 2 }
    const { call, chooseSavePath } = await setup('x.json', limits)
    let answer: (path: string | null) => void = () => undefined
    chooseSavePath.mockImplementationOnce(
      () => new Promise<string | null>((resolve) => (answer = resolve))
    )
    const pending = call('backup:begin', {
      target: 'save',
      format: 'backup',
      suggestedName: 'a.json'
    })
    const first = value(
      await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })
    )!
    expect(await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })).toEqual({
      ok: false,
      error: 'Racepoint is already writing several files; wait for them to finish and try again.'
    })
    answer(null)
    expect(await pending).toEqual({ ok: true, value: null })
    const second = value(
      await call('backup:begin', { target: 'auto', kind: 'before-restore', isSealed: false })
    )!
    expect((await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })).ok).toBe(
      false
    )
    value(await call('backup:abort', { transferId: first.transferId }))
    value(await call('backup:commit', { transferId: second.transferId }))
    expect((await call('backup:begin', { target: 'auto', kind: 'auto', isSealed: false })).ok).toBe(
      true
    )
  })
})
