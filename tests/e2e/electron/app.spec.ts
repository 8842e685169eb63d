import { expect, test } from '@playwright/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { desktopAppOrSkip } from './electronBinary'

const launch = desktopAppOrSkip('desktop app specs')

test('the desktop app opens one hardened window on the app:// origin', async () => {
  const app = await launch(mkdtempSync(join(tmpdir(), 'racepoint-e2e-')))
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  expect(new URL(page.url()).origin).toBe('app://racepoint')

  // Electron reports a renderer's sandbox state in its process metrics on macOS and Windows;
  // on Linux the checks below (no Node in the page) are what can be observed.
  const renderers = await app.evaluate(({ app: electronApp }) =>
    electronApp
      .getAppMetrics()
      .filter((m) => m.type === 'Tab')
      .map((m) => m.sandboxed)
  )
  for (const sandboxed of renderers) if (sandboxed !== undefined) expect(sandboxed).toBe(true)

  const exposed = await page.evaluate(() => ({
    hasApi: typeof window.api?.app.getInfo === 'function',
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
    hasIpcRenderer: 'ipcRenderer' in (window.api ?? {})
  }))
  expect(exposed).toEqual({
    hasApi: true,
    hasRequire: false,
    hasProcess: false,
    hasIpcRenderer: false
  })
  await app.close()
})

test('the desktop app refuses new windows and navigation away', async () => {
  const app = await launch(mkdtempSync(join(tmpdir(), 'racepoint-e2e-')))
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)
  await page.evaluate(() => {
    window.location.href = 'https://example.com/'
  })
  await page.waitForTimeout(500)
  expect(new URL(page.url()).origin).toBe('app://racepoint')
  expect(app.windows()).toHaveLength(1)
  await app.close()
})

test('the desktop app keeps the clinic across a restart', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-e2e-'))
  const first = await launch(userData)
  const page = await first.firstWindow()
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await first.close()

  const second = await launch(userData)
  const again = await second.firstWindow()
  await again.getByRole('link', { name: /Patients/ }).click()
  await expect(again.getByText('12 active patients')).toBeVisible()
  const info = await again.evaluate(() => window.api!.app.getInfo())
  expect(info).toMatchObject({ ok: true, value: { userDataPath: userData } })
  await second.close()
})

test('the built app ignores ELECTRON_RENDERER_URL and stays on app://', async ({ baseURL }) => {
  // The end-to-end server serves the same renderer over http: were the variable honoured, the
  // window would load it with the bridge.
  const app = await launch(mkdtempSync(join(tmpdir(), 'racepoint-e2e-')), {
    ELECTRON_RENDERER_URL: `${baseURL}/index.html`
  })
  const page = await app.firstWindow()
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  expect(new URL(page.url()).origin).toBe('app://racepoint')
  await app.close()
})

test('Settings shows where the log is, and the log holds no patient data', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-e2e-'))
  const app = await launch(userData)
  const page = await app.firstWindow()
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  // Opening a patient puts her name on screen (and, were it allowed, in the window title).
  await page.evaluate(() => {
    location.hash = '#/patients/demo-p-01'
  })
  await expect(page.getByRole('heading', { name: 'Zoë Martin' })).toBeVisible()
  expect(
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())
  ).toBe('Racepoint')
  await page.getByRole('link', { name: /Settings/ }).click()
  const logFolder = join(userData, 'logs')
  await expect(page.getByText(logFolder, { exact: true })).toBeVisible()
  await app.close()

  const log = readFileSync(join(logFolder, 'racepoint.log'), 'utf8')
  expect(log).toContain('"event":"app.started"')
  for (const leak of ['Zoë', 'Martin', 'Riverside']) expect(log).not.toContain(leak)
})
