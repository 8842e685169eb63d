import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api, AutoBackupInfo } from '@shared/ipc'
import { ok } from '@shared/result'
import { newDataKey } from '../../src/shared/crypto/clinicKey'
import { protectSecret } from '../../src/shared/domain/auth/hash'
import { RacepointDB, SEALED_DB_NAME } from '../../src/renderer/src/db/database'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { Vault } from '../../src/renderer/src/db/sealing/vault'
import { DataProvider } from '../../src/renderer/src/lib/data'
import { ToastProvider } from '../../src/renderer/src/components/Toasts'
import { BackupProvider } from '../../src/renderer/src/features/backup/components/BackupProvider'
import { AutomaticBackups } from '../../src/renderer/src/features/backup/components/AutomaticBackups'
import { ClockProvider } from '../../src/renderer/src/lib/clock'
import { backupBytes, demoClinicWithHardText } from '../db/backup/backupFixtures'

const NOW = new Date('2026-03-16T09:00:00Z')
const PLAIN: AutoBackupInfo = {
  name: 'auto-2026-01-05T10-00-00-000Z.json',
  kind: 'auto',
  createdAt: '2026-01-05T10:00:00.000Z',
  size: 10,
  isSealed: false
}
const SEALED: AutoBackupInfo = {
  name: 'auto-2026-03-16T08-00-00-000Z.racepoint',
  kind: 'auto',
  createdAt: '2026-03-16T08:00:00.000Z',
  size: 10,
  isSealed: true
}

async function sealedClinic() {
  const raw = newDataKey()
  const vault = new Vault(true)
  vault.open(raw)
  const db = new RacepointDB(`${SEALED_DB_NAME}-plain-backups-${Math.random()}`, { vault })
  const repos = createRepositories(db, () => NOW)
  await db.credentials.put({
    id: 'recovery',
    ...(await protectSecret('CODE-CODE', raw, 'recovery', 100_000)),
    failures: 0,
    lastFailureAt: null,
    updatedAt: NOW.toISOString()
  })
  return { db, repos }
}

async function desktopBridge(plainBytes: Uint8Array) {
  const sent: Uint8Array[] = []
  let listed = [SEALED, PLAIN]
  const backup = {
    begin: vi.fn(async () => ok({ transferId: 'transfer-1', fileName: 'x.racepoint' })),
    write: vi.fn(async (_id: string, chunk: Uint8Array) => {
      sent.push(chunk.slice())
      return ok(null)
    }),
    commit: vi.fn(async () => {
      listed = [
        SEALED,
        { ...PLAIN, name: PLAIN.name.replace('.json', '.racepoint'), isSealed: true }
      ]
      return ok({ fileName: 'x.racepoint', path: '/b/x.racepoint', size: 1 })
    }),
    abort: vi.fn(async () => ok(null)),
    list: vi.fn(async () => ok({ folder: '/b', backups: listed })),
    read: vi.fn(async () => ok({ chunk: plainBytes, size: plainBytes.length })),
    remove: vi.fn(async () => {
      listed = [SEALED]
      return ok(null)
    }),
    quitReady: vi.fn(async () => ok(null)),
    onQuitRequested: vi.fn(() => () => undefined)
  }
  window.api = {
    app: {
      getInfo: vi.fn(async () => ok({ version: '9.9.9', userDataPath: '/u', platform: 'linux' }))
    },
    onMenuCommand: vi.fn(() => () => undefined),
    backup
  } as unknown as Api
  return { backup, sent }
}

function renderSection(repos: ReturnType<typeof createRepositories>) {
  render(
    <ClockProvider clock={() => NOW}>
      <DataProvider repositories={repos}>
        <ToastProvider>
          <BackupProvider>
            <AutomaticBackups />
          </BackupProvider>
        </ToastProvider>
      </DataProvider>
    </ClockProvider>
  )
}

afterEach(() => {
  delete (window as { api?: Api }).api
})

describe('plain automatic backups kept from before the clinic was sealed', () => {
  it('are encrypted where they are only when the user asks, and the trail records it', async () => {
    const plainBytes = await backupBytes(await demoClinicWithHardText())
    const { db, repos } = await sealedClinic()
    const { backup, sent } = await desktopBridge(plainBytes)
    renderSection(repos)
    const notice = await screen.findByText(/One automatic backup from before/)
    expect(backup.begin).not.toHaveBeenCalled()
    await userEvent.click(
      within(notice.closest('.alert')!).getByRole('button', { name: 'Encrypt it' })
    )
    await waitFor(() => expect(backup.commit).toHaveBeenCalled())
    expect(backup.begin).toHaveBeenCalledWith({
      target: 'auto',
      kind: 'auto',
      isSealed: true,
      replaces: PLAIN.name
    })
    const written = new TextDecoder('latin1').decode(
      new Uint8Array(await new Blob(sent as BlobPart[]).arrayBuffer())
    )
    expect(written.startsWith('{"format":"racepoint-backup","formatVersion":2')).toBe(true)
    expect(written).not.toContain('Siobhán')
    expect(written).not.toContain('Briain')
    await waitFor(() => expect(screen.queryByText(/from before the clinic/)).toBeNull())
    expect((await db.audit.toArray()).map((e) => [e.action, e.detail])).toEqual([
      ['backups-encrypted', '1']
    ])
  })

  it('are removed only after the user confirms', async () => {
    const { db, repos } = await sealedClinic()
    const { backup } = await desktopBridge(new Uint8Array())
    renderSection(repos)
    await userEvent.click(await screen.findByRole('button', { name: 'Remove it…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove the unencrypted backups?' })
    expect(backup.remove).not.toHaveBeenCalled()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove it' }))
    await waitFor(() => expect(backup.remove).toHaveBeenCalledWith(PLAIN.name))
    expect(backup.remove).toHaveBeenCalledTimes(1)
    await waitFor(async () =>
      expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['backups-removed'])
    )
  })
})
