import { generateDemoClinic } from '../../src/shared/demo/demoClinic'
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '@shared/ipc'
import { ok } from '@shared/result'
import { DataProvider } from '../../src/renderer/src/lib/data'
import { ToastProvider } from '../../src/renderer/src/components/Toasts'
import { BackupProvider } from '../../src/renderer/src/features/backup/components/BackupProvider'
import { ClockProvider } from '../../src/renderer/src/lib/clock'
import { createTestDb } from '../db/testDb'

/** The desktop bridge, recording what reaches the main process. */
function desktopBridge() {
  let quitListener: (() => void) | null = null
  const sent: string[] = []
  const backup = {
    begin: vi.fn(async () => ok({ transferId: 'transfer-1', fileName: 'auto-x.json' })),
    write: vi.fn(async (_id: string, chunk: Uint8Array) => {
      sent.push(new TextDecoder().decode(chunk))
      return ok(null)
    }),
    commit: vi.fn(async () => ok({ fileName: 'auto-x.json', path: '/b/auto-x.json', size: 1 })),
    abort: vi.fn(async () => ok(null)),
    list: vi.fn(async () => ok({ folder: '/b', backups: [] })),
    read: vi.fn(),
    quitReady: vi.fn(async () => ok(null)),
    onQuitRequested: vi.fn((listener: () => void) => {
      quitListener = listener
      return () => {
        quitListener = null
      }
    })
  }
  window.api = {
    app: {
      getInfo: vi.fn(async () => ok({ version: '9.9.9', userDataPath: '/u', platform: 'linux' }))
    },
    onMenuCommand: vi.fn(() => () => undefined),
    backup
  } as unknown as Api
  return {
    backup,
    sent,
    requestQuit: async () => {
      await act(async () => quitListener?.())
    }
  }
}

function renderProvider(ctx: ReturnType<typeof createTestDb>) {
  render(
    <ClockProvider clock={() => new Date('2026-03-16T09:00:00Z')}>
      <DataProvider repositories={ctx.repos}>
        <ToastProvider>
          <BackupProvider>
            <p>app</p>
          </BackupProvider>
        </ToastProvider>
      </DataProvider>
    </ClockProvider>
  )
}

afterEach(() => {
  delete window.api
  window.localStorage.clear()
})

describe('automatic backups in the desktop app', () => {
  it('writes a last backup when the window closes, then lets it close', async () => {
    const bridge = desktopBridge()
    const ctx = createTestDb()
    await ctx.repos.clinic.loadDemo(generateDemoClinic(new Date('2026-03-16T09:00:00Z')))
    renderProvider(ctx)
    await bridge.requestQuit()
    expect(screen.getByRole('dialog', { name: /Saving a last backup/ })).toBeTruthy()
    await waitFor(() => expect(bridge.backup.quitReady).toHaveBeenCalledTimes(1))
    expect(bridge.backup.begin).toHaveBeenCalledWith({
      target: 'auto',
      kind: 'auto',
      isSealed: false
    })
    expect(bridge.backup.commit).toHaveBeenCalledTimes(1)
    const header = JSON.parse(
      bridge.sent
        .join('')
        .split('\n')[0]!
        .replace(/,"tables":\{$/, '}')
    )
    expect(header).toMatchObject({ appVersion: '9.9.9', counts: { patients: 12 } })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('writes nothing new when nothing changed since the last one, but still lets it close', async () => {
    const bridge = desktopBridge()
    const ctx = createTestDb()
    await ctx.repos.clinic.loadDemo(generateDemoClinic(new Date('2026-03-16T09:00:00Z')))
    renderProvider(ctx)
    await bridge.requestQuit()
    await waitFor(() => expect(bridge.backup.quitReady).toHaveBeenCalledTimes(1))
    await bridge.requestQuit()
    await waitFor(() => expect(bridge.backup.quitReady).toHaveBeenCalledTimes(2))
    expect(bridge.backup.begin).toHaveBeenCalledTimes(1)

    ctx.setNow(new Date('2026-03-16T09:20:00Z'))
    await ctx.repos.settings.update({ units: 'mi' })
    await bridge.requestQuit()
    await waitFor(() => expect(bridge.backup.quitReady).toHaveBeenCalledTimes(3))
    expect(bridge.backup.begin).toHaveBeenCalledTimes(2)
  })

  it('never backs up an empty clinic over real backups', async () => {
    const bridge = desktopBridge()
    renderProvider(createTestDb())
    await bridge.requestQuit()
    await waitFor(() => expect(bridge.backup.quitReady).toHaveBeenCalledTimes(1))
    expect(bridge.backup.begin).not.toHaveBeenCalled()
  })
})
