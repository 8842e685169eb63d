import { test as base, expect, type Page } from '@playwright/test'

/** The clock every end-to-end test runs at: a Monday morning, so the demo clinic is the same each run. */
export const TEST_NOW = new Date('2026-03-16T09:00:00')

export async function openApp(page: Page, hash = '#/today'): Promise<void> {
  await page.clock.setFixedTime(TEST_NOW)
  await page.goto(`/index.html${hash}`)
}

/** The demo clinic's sign-ins (shown on its welcome and sign-in screens). */
export const DEMO_MAYA = { name: 'Maya Chen', passphrase: 'tempo run at dawn' }
export const DEMO_SAM = { name: 'Sam Okafor', passphrase: 'hill repeats in the rain' }

/** Signs in on the sign-in (or lock) screen. */
export async function signIn(
  page: Page,
  who: { name: string; passphrase: string } = DEMO_MAYA
): Promise<void> {
  await page.getByLabel(/^Therapist/).selectOption({ label: who.name })
  await page.getByLabel('Passphrase').fill(who.passphrase)
  await page.getByRole('button', { name: /^(Sign in|Unlock)$/ }).click()
  await expect(page.getByText(`Signed in as ${who.name}`)).toBeVisible()
}

/**
 * A clinic just started empty: its owner chooses a passphrase and keeps the recovery code.
 * `check` runs at each of the two screens (the accessibility suite checks them).
 */
export async function protectNewClinic(
  page: Page,
  passphrase = 'harbour lights at six',
  check: (screen: string) => Promise<void> = async () => undefined
): Promise<void> {
  await expect(page.getByRole('heading', { name: /^Protect / })).toBeVisible()
  await check('protect the clinic')
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('The same passphrase again').fill(passphrase)
  await page.getByRole('button', { name: 'Set passphrase' }).click()
  await expect(page.getByLabel('Recovery code', { exact: true })).toBeVisible()
  await check('recovery code')
  await page.getByLabel('I have kept the recovery code').check()
  await page.getByRole('button', { name: 'Open the clinic' }).click()
}

/**
 * Reloads the page. The clinic's key lives in memory only, so a reload comes back locked,
 * with what was open kept behind the lock: the therapist unlocks and carries on.
 */
export async function reloadAndUnlock(
  page: Page,
  who: { name: string; passphrase: string } = DEMO_MAYA
): Promise<void> {
  await page.reload()
  await unlockAfterReload(page, who)
}

/** The lock screen a reload comes back to: unlocked as `who`. */
export async function unlockAfterReload(
  page: Page,
  who: { name: string; passphrase: string } = DEMO_MAYA
): Promise<void> {
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible()
  await signIn(page, who)
}

export async function loadDemoClinic(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
}

export const test = base
export { expect }
