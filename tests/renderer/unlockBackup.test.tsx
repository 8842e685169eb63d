import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { newDataKey } from '../../src/shared/crypto/clinicKey'
import type { Credential } from '../../src/shared/domain/auth/credential'
import { protectSecret } from '../../src/shared/domain/auth/hash'
import { generateDemoClinic } from '../../src/shared/demo/demoClinic'
import { RacepointDB, SEALED_DB_NAME } from '../../src/renderer/src/db/database'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { Vault } from '../../src/renderer/src/db/sealing/vault'
import { DataProvider } from '../../src/renderer/src/lib/data'
import { ToastProvider } from '../../src/renderer/src/components/Toasts'
import {
  BackupProvider,
  useBackupActions
} from '../../src/renderer/src/features/backup/components/BackupProvider'
import { buildBackup } from '../../src/renderer/src/features/backup/operations'
import { ClockProvider } from '../../src/renderer/src/lib/clock'

const NOW = new Date('2026-03-16T09:00:00Z')

/** A sealed backup of the demo clinic, whose first therapist's passphrase opens it. */
async function sealedBackupFile() {
  const raw = newDataKey()
  const vault = new Vault(true)
  vault.open(raw)
  const db = new RacepointDB(`${SEALED_DB_NAME}-unlock-${Math.random()}`, { vault })
  const repos = createRepositories(db, () => NOW)
  const demo = generateDemoClinic(NOW)
  const therapist = demo.settings.therapists[0]!
  const credential: Credential = {
    id: therapist.id,
    ...(await protectSecret('right passphrase', raw, therapist.id, 100_000)),
    failures: 0,
    lastFailureAt: null,
    updatedAt: NOW.toISOString()
  }
  const loaded = await repos.clinic.loadDemo(demo, [credential])
  if (!loaded.ok) throw new Error(loaded.error.message)
  const built = await buildBackup({
    backup: repos.backup,
    now: () => NOW,
    record: async () => null
  })
  if (!built.ok) throw new Error(built.error)
  return { file: new File([built.value.blob], 'racepoint-backup.racepoint'), therapist }
}

function OpenRestore() {
  const { openRestore } = useBackupActions()
  return (
    <button type="button" onClick={openRestore}>
      Restore from a backup…
    </button>
  )
}

describe('restoring an encrypted backup on a new computer', () => {
  it(
    'asks who is restoring and their passphrase, says next to the field when it is wrong, then shows what the backup holds',
    { timeout: 30_000 },
    async () => {
      const { file, therapist } = await sealedBackupFile()
      const plain = new RacepointDB(`racepoint-new-computer-${Math.random()}`, {
        vault: new Vault(false)
      })
      render(
        <ClockProvider clock={() => NOW}>
          <DataProvider repositories={createRepositories(plain, () => NOW)}>
            <ToastProvider>
              <BackupProvider>
                <OpenRestore />
              </BackupProvider>
            </ToastProvider>
          </DataProvider>
        </ClockProvider>
      )
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }))
      await user.upload(screen.getByLabelText('Backup file'), file)

      const dialog = await screen.findByRole('dialog', { name: 'Open the encrypted backup' })
      const who = within(dialog).getByLabelText('Who is restoring')
      expect(
        within(who)
          .getAllByRole('option')
          .map((o) => o.textContent)
      ).toEqual([
        therapist.name
        // The demo clinic here has no recovery code: only the therapist can open it.
      ])
      await user.type(within(dialog).getByLabelText('Passphrase'), 'wrong passphrase')
      await user.click(within(dialog).getByRole('button', { name: 'Open backup' }))
      const error = await within(dialog).findByRole('alert')
      expect(error.textContent).toMatch(/^That passphrase does not open this backup/)
      expect(within(dialog).getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true')

      await user.clear(within(dialog).getByLabelText('Passphrase'))
      await user.type(within(dialog).getByLabelText('Passphrase'), 'right passphrase')
      await user.click(within(dialog).getByRole('button', { name: 'Open backup' }))
      const confirm = await screen.findByRole(
        'dialog',
        { name: 'Replace all data with this backup?' },
        { timeout: 10_000 }
      )
      expect(within(confirm).getByText(/12 patients/)).toBeTruthy()
      // Nothing is written before the restore is confirmed.
      expect(await plain.patients.count()).toBe(0)
    }
  )
})
