import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../playwright.config'
import { test } from '../fixtures'
test('dbg', async ({}, testInfo) => {
  const profile = await mkdtemp(join(tmpdir(), 'racepoint-dbg-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL: testInfo.project.use.baseURL })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (m) => console.log('console:', m.text()))
  page.on('pageerror', (e) => console.log('pageerror:', e.message))
  await page.goto('/index.html#/today')
  await page.waitForTimeout(4000)
  console.log(await page.locator('body').innerText())
  await context.close()
})
