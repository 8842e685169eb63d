import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '@shared/ipc'
import { err, ok } from '@shared/result'
import {
  keepAutomaticBackup,
  listAutomaticBackups,
  readAutomaticBackup,
  saveFile
} from '../../src/renderer/src/lib/bridge'

const MB = 1024 * 1024

function fakeApi(overrides: Partial<Api['backup']> = {}) {
  const written: number[] = []
  const backup = {
    begin: vi.fn(async () => ok({ transferId: 'transfer-1', fileName: 'backup.json' })),
    write: vi.fn(async (_id: string, chunk: Uint8Array) => {
      written.push(chunk.byteLength)
      return ok(null)
    }),
    commit: vi.fn(async () => ok({ fileName: 'backup.json', path: '/docs/backup.json', size: 1 })),
    abort: vi.fn(async () => ok(null)),
    list: vi.fn(async () => ok({ folder: '/data/backups', backups: [] })),
    read: vi.fn(),
    quitReady: vi.fn(),
    onQuitRequested: vi.fn(() => () => undefined),
    ...overrides
  }
  window.api = { app: { getInfo: vi.fn() }, onMenuCommand: vi.fn(), backup } as unknown as Api
  return { backup, written }
}

afterEach(() => {
  delete window.api
})

describe('the bridge in the desktop app', () => {
  it('asks where to save first, then sends the file in pieces small enough for IPC', async () => {
    const { backup, written } = fakeApi()
    const build = vi.fn(async () => ok(new Blob([new Uint8Array(40 * MB)])))
    const result = await saveFile('backup', 'racepoint-backup.json', build)
    expect(result).toEqual(ok({ savedAs: '/docs/backup.json' }))
    expect(backup.begin).toHaveBeenCalledWith({
      target: 'save',
      format: 'backup',
      suggestedName: 'racepoint-backup.json'
    })
    expect(written).toEqual([16 * MB, 16 * MB, 8 * MB])
    expect(backup.commit).toHaveBeenCalledWith('transfer-1')
  })

  it('builds nothing when the save dialog is cancelled', async () => {
    fakeApi({ begin: vi.fn(async () => ok(null)) })
    const build = vi.fn()
    expect(await saveFile('csv', 'sessions.csv', build)).toEqual(ok(null))
    expect(build).not.toHaveBeenCalled()
  })

  it('abandons the file when a piece cannot be written, and says why', async () => {
    const { backup } = fakeApi({ write: vi.fn(async () => err('disk full')) })
    const result = await keepAutomaticBackup(
      { kind: 'auto', isSealed: false },
      new Blob(['x']),
      'unused.json'
    )
    expect(result).toEqual(err('disk full'))
    expect(backup.abort).toHaveBeenCalledWith('transfer-1')
    expect(backup.commit).not.toHaveBeenCalled()
  })

  it('reads an automatic backup back piece by piece', async () => {
    const whole = new TextEncoder().encode('0123456789')
    const read = vi.fn(async (_name: string, offset: number) =>
      ok({ chunk: whole.subarray(offset, offset + 4), size: whole.length })
    )
    fakeApi({ read })
    const progress: number[] = []
    const result = await readAutomaticBackup('auto-x.json', (done) => progress.push(done))
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('0123456789')
    expect(read.mock.calls.map((c) => c[1])).toEqual([0, 4, 8])
    expect(progress).toEqual([4, 8, 10])
  })
})

describe('the bridge in a plain browser', () => {
  it('downloads a saved file, and keeps no automatic backups but the copy before a restore', async () => {
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download)
    })
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const saved = await saveFile('backup', 'b.json', async () => ok(new Blob(['{}'])))
    expect(saved).toEqual(ok({ savedAs: 'b.json (in your downloads)' }))
    expect(
      await keepAutomaticBackup({ kind: 'auto', isSealed: false }, new Blob(['{}']), 'a.json')
    ).toEqual(ok(null))
    expect(
      await keepAutomaticBackup(
        { kind: 'before-restore', isSealed: false },
        new Blob(['{}']),
        'c.json'
      )
    ).toEqual(ok({ name: 'c.json (in your downloads)' }))
    expect(clicked).toEqual(['b.json', 'c.json'])
    expect(await listAutomaticBackups()).toEqual(ok(null))
    click.mockRestore()
  })
})
