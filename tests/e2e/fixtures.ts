import { test as base, expect, type Page } from '@playwright/test'

/** The clock every end-to-end test runs at: a Monday morning, so the demo clinic is the same each run. */
export const TEST_NOW = new Date('2026-03-16T09:00:00')

export async function openApp(page: Page, hash = '#/today'): Promise<void> {
  await page.clock.setFixedTime(TEST_NOW)
  await page.goto(`/index.html${hash}`)
}

export async function loadDemoClinic(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
}

export const test = base
export { expect }
