import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { InvokeChannel, InvokeResponse } from '../../shared/ipc'
import { createBackupStore } from '../backup/store'
import { createTransfers } from '../backup/transfers'
import { backupHandlers, MAX_CHUNK_BYTES } from './backup'
import { runHandler, type Handler } from './handle'

const app = { senderFrame: { url: 'app://racepoint/index.html' } }
let ids = 0
const newId = (): string => `transfer-${++ids}-${Math.random().toString(36).slice(2, 8)}`

async function setup(savePath: string | null = null) {
  const folder = await mkdtemp(join(tmpdir(), 'racepoint-ipc-'))
  const store = createBackupStore({
    folder: join(folder, 'backups'),
    now: () => new Date('2026-03-16T12:00:00Z'),
    newId
  })
  const onQuitReady = vi.fn()
  const chooseSavePath = vi.fn(async () => (savePath ? join(folder, savePath) : null))
  const handlers = backupHandlers({
    store,
    transfers: createTransfers(newId),
    chooseSavePath,
    newId,
    onQuitReady
  })
  async function call<C extends keyof typeof handlers & InvokeChannel>(
    channel: C,
    payload: unknown
  ): Promise<InvokeResponse<C>> {
    return runHandler(handlers[channel] as Handler<C>, app, payload, undefined)
  }
  return { folder, call, chooseSavePath, onQuitReady }
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('backup IPC', () => {
  it('writes an automatic backup in pieces, then lists and reads it back', async () => {
    const { call } = await setup()
    const open = value(await call('backup:begin', { target: 'auto', kind: 'auto' }))
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
})
