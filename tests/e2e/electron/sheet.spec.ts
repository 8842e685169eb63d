import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { desktopAppOrSkip } from './electronBinary'

const launch = desktopAppOrSkip('desktop app specs')

test('the desktop app saves the recovery sheet as a PDF where the save dialog says', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-e2e-'))
  const target = join(mkdtempSync(join(tmpdir(), 'racepoint-pdf-')), 'zoe')
  const app = await launch(userData)
  // The native save dialog cannot be clicked by a test: answer it with the target path.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath
    })) as typeof dialog.showSaveDialog
  }, target)

  const page = await app.firstWindow()
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await page.evaluate(() => {
    location.hash = '#/patients/demo-p-01/sessions/demo-s-01-0009/sheet'
  })
  await expect(page.getByRole('article', { name: 'Recovery sheet for Zoë Martin' })).toBeVisible()
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await page.getByRole('button', { name: 'Save unencrypted PDF' }).click()
  await expect(page.getByText(`Sheet saved to ${target}.pdf`)).toBeVisible()
  await app.close()

  expect(existsSync(`${target}.pdf`)).toBe(true)
  const info = execFileSync('pdfinfo', [`${target}.pdf`], { encoding: 'utf8' })
  expect(info).toMatch(/^Pages:\s+1$/m)
  expect(info).toMatch(/^Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)$/m)
  const text = execFileSync('pdftotext', [`${target}.pdf`, '-'], { encoding: 'utf8' })
  expect(text).toContain('Zoë Martin')
  expect(text).not.toContain('Patients')

  // The PDF's name and folder can carry the patient's name; the log never does.
  const log = readFileSync(join(userData, 'logs', 'racepoint.log'), 'utf8')
  expect(log).toContain('"event":"pdf.saved"')
  for (const leak of ['Zoë', 'Martin', target]) expect(log).not.toContain(leak)
  if (process.platform !== 'win32') expect(statSync(`${target}.pdf`).mode & 0o777).toBe(0o600)
})
