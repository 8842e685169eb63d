import { readFile } from 'node:fs/promises'
import { LATEST_VERSION } from '../../src/renderer/src/db/versions'
import type { Page } from '@playwright/test'
import { DEMO_MAYA, expect, loadDemoClinic, openApp, signIn, test } from './fixtures'

/** Backs up from Settings and returns the downloaded file's bytes. */
async function backUpFromSettings(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('link', { name: /Settings/ }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: /Back up now/ }).click()
  const download = await downloading
  const path = await download.path()
  await expect(
    page.getByText(/Backup saved: racepoint-backup-2026-03-16-0900\.racepoint/)
  ).toBeVisible()
  return { name: download.suggestedFilename(), bytes: await readFile(path) }
}

async function chooseBackupFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page
    .getByRole('dialog', { name: 'Restore from a backup' })
    .getByLabel('Backup file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes })
}

test('a backup of the demo clinic restores what was changed, after saving a copy', async ({
  page
}) => {
  await loadDemoClinic(page)
  const backup = await backUpFromSettings(page)
  expect(backup.name).toBe('racepoint-backup-2026-03-16-0900.racepoint')
  // A readable header (the wrapped keys and who holds them), and nothing of any patient.
  const header = JSON.parse(backup.bytes.toString('utf8').split('\n')[0]!)
  expect(header).toMatchObject({
    format: 'racepoint-backup',
    formatVersion: 2,
    schemaVersion: LATEST_VERSION,
    therapists: expect.arrayContaining([expect.objectContaining({ name: 'Maya Chen' })])
  })
  for (const word of ['Zoë', 'Martin', 'Achilles', 'Riverside'])
    for (const encoding of ['utf8', 'utf16le'] as const)
      expect(backup.bytes.includes(Buffer.from(word, encoding)), word).toBe(false)

  const clinicName = page.getByLabel('Clinic name')
  await clinicName.fill('Renamed by mistake')
  await page.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Renamed by mistake')

  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  await chooseBackupFile(page, backup.name, backup.bytes)
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' })
  await expect(confirm).toContainText('Riverside Running Physio')
  await expect(confirm).toContainText(/Holds\s*12 patients, \d+ sessions and \d+ races/)
  await expect(confirm).toContainText(/replaces everything in Racepoint now: 12 patients/)

  const safetyCopy = page.waitForEvent('download')
  await confirm.getByRole('button', { name: 'Replace with this backup' }).click()
  expect((await safetyCopy).suggestedFilename()).toBe(
    'racepoint-before-restore-2026-03-16-0900.racepoint'
  )
  await expect(page.getByRole('dialog', { name: 'Backup restored' })).toContainText(
    /now holds 12 patients/
  )
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(
    'Riverside Running Physio'
  )
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Running Physio')
})

test('a wiped clinic comes back from its backup on the welcome screen', async ({ page }) => {
  await loadDemoClinic(page)
  const backup = await backUpFromSettings(page)
  // A new computer: the clinic's storage bucket, and with it the sealed clinic, gone.
  await page.goto('/bench-blank-does-not-exist.html').catch(() => undefined)
  await page.evaluate(async () => {
    const buckets = (navigator as { storageBuckets?: { delete: (n: string) => Promise<void> } })
      .storageBuckets
    await buckets?.delete('racepoint-sealed')
  })
  await openApp(page)
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  await page.getByRole('button', { name: 'Restore from a backup…' }).click()
  await chooseBackupFile(page, backup.name, backup.bytes)
  const unlock = page.getByRole('dialog', { name: 'Open the encrypted backup' })
  await unlock.getByLabel('Who is restoring').selectOption({ label: DEMO_MAYA.name })
  await unlock.getByLabel('Passphrase').fill('not the passphrase')
  await unlock.getByRole('button', { name: 'Open backup' }).click()
  await expect(unlock.getByText(/does not open this backup/)).toBeVisible()
  await unlock.getByLabel('Passphrase').fill(DEMO_MAYA.passphrase)
  await unlock.getByRole('button', { name: 'Open backup' }).click()
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' })
  await expect(confirm).toContainText(/now: 0 patients, 0 sessions and 0 races/)
  await confirm.getByRole('button', { name: 'Replace with this backup' }).click()
  await page
    .getByRole('dialog', { name: 'Backup restored' })
    .getByRole('button', { name: 'Close' })
    .click()
  // The restored clinic is sealed under its own key: it opens with a therapist's passphrase.
  await signIn(page, DEMO_MAYA)
  await page.getByRole('link', { name: /Patients/ }).click()
  await expect(page.getByText('12 active patients')).toBeVisible()
  await expect(page.getByRole('option', { name: /Zoë Martin/ })).toBeVisible()
})

test('a damaged or foreign file is refused with its reason, and nothing changes', async ({
  page
}) => {
  await loadDemoClinic(page)
  const backup = await backUpFromSettings(page)

  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  await chooseBackupFile(page, 'half.racepoint', backup.bytes.subarray(0, backup.bytes.length / 2))
  const refused = page.getByRole('dialog', { name: 'This backup cannot be restored' })
  await expect(refused.getByRole('alert')).toHaveText(
    /This backup is incomplete: the file ends part-way through.*Nothing has been changed\./
  )

  await refused.getByRole('button', { name: 'Choose another file' }).click()
  // One byte of the sealed content changed.
  const tampered = Buffer.from(backup.bytes)
  tampered[tampered.length - 40] = tampered[tampered.length - 40]! ^ 1
  await chooseBackupFile(page, 'tampered.racepoint', tampered)
  await expect(refused.getByRole('alert')).toHaveText(/damaged or has been changed/)

  await refused.getByRole('button', { name: 'Choose another file' }).click()
  await chooseBackupFile(page, 'notes.json', Buffer.from('{"format":"budget"}\n'))
  await expect(refused.getByRole('alert')).toHaveText(/different kind of data/)
  await refused.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('link', { name: /Patients/ }).click()
  await expect(page.getByText('12 active patients')).toBeVisible()
})

test('sessions export to CSV from the menu shortcut-free command in Settings', async ({ page }) => {
  await loadDemoClinic(page)
  await page.getByRole('link', { name: /Settings/ }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: /Export sessions to CSV/ }).click()
  const disclosure = page.getByRole('dialog', { name: 'Export sessions to CSV' })
  await expect(disclosure.getByText('This file is not encrypted.')).toBeVisible()
  await disclosure.getByRole('button', { name: 'Export unencrypted CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('racepoint-sessions-2026-03-16-0900.csv')
  const csv = (await readFile(await download.path())).toString('utf8')
  expect(csv.startsWith('\uFEFFsession_id,session_date,session_time,patient_id,last_name')).toBe(
    true
  )
  expect(csv).toContain(',Martin,Zoë,')
})

test('Ctrl+Shift+B backs up from any screen', async ({ page }) => {
  await loadDemoClinic(page)
  const downloading = page.waitForEvent('download')
  await page.keyboard.press('Control+Shift+B')
  expect((await downloading).suggestedFilename()).toBe('racepoint-backup-2026-03-16-0900.racepoint')
})
