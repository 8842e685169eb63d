import { expect, test } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { desktopAppOrSkip } from './electronBinary'

const launch = desktopAppOrSkip('desktop backup specs')

test('closing the window writes a last automatic backup of the clinic', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-e2e-'))
  const app = await launch(userData)
  const page = await app.firstWindow()
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  const exited = new Promise<void>((resolve) => app.process().once('exit', () => resolve()))
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
  await exited

  const folder = join(userData, 'backups')
  const backups = readdirSync(folder).filter((name) => /^auto-.*\.json$/.test(name))
  expect(backups).toHaveLength(1)
  const firstLine = readFileSync(join(folder, backups[0]!), 'utf8').split('\n')[0]!
  expect(JSON.parse(firstLine.replace(/,"tables":\{$/, '}'))).toMatchObject({
    format: 'racepoint-backup',
    counts: { patients: 12, settings: 1 }
  })
})

test('Settings lists the automatic backups and restores one', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-e2e-'))
  const first = await launch(userData)
  const page = await first.firstWindow()
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  const exited = new Promise<void>((resolve) => first.process().once('exit', () => resolve()))
  await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
  await exited

  const second = await launch(userData)
  const again = await second.firstWindow()
  await again.getByRole('link', { name: /Settings/ }).click()
  const table = again.getByRole('table', { name: 'Automatic backups' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await table.getByRole('button', { name: /Restore the backup of/ }).click()
  const confirm = again.getByRole('dialog', { name: 'Replace all data with this backup?' })
  await expect(confirm).toContainText('12 patients')
  await confirm.getByRole('button', { name: 'Replace with this backup' }).click()
  await expect(again.getByRole('dialog', { name: 'Backup restored' })).toBeVisible()
  await expect(table.getByRole('row', { name: /Before a restore/ })).toHaveCount(1)
  await second.close()
})
