import type { Page } from '@playwright/test'
import { readRows, putRows } from './clinicData'
import { DEMO_MAYA, DEMO_SAM, expect, signIn, test, TEST_NOW } from './fixtures'
import { DEMO, openNewSession } from './sessionHelpers'

/** The demo clinic, loaded with the page's clock installed, so idle time can be advanced. */
async function demoWithClock(page: Page): Promise<void> {
  await page.clock.install({ time: TEST_NOW })
  await page.goto('/index.html#/today')
  await page.getByRole('button', { name: 'Load demo clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Riverside Running Physio' })).toBeVisible()
}

test('each therapist signs in with their own passphrase; a wrong one is refused without saying which part', async ({
  page
}) => {
  await demoWithClock(page)
  // The demo's sign-ins are shown, so a newcomer gets in at once.
  await expect(page.getByRole('note', { name: 'Demo sign-in' })).toContainText(
    'Maya Chen with tempo run at dawn'
  )
  await page.getByLabel(/^Therapist/).selectOption({ label: 'Sam Okafor' })
  await page.getByLabel('Passphrase').fill('tempo run at dawn')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Passphrase')).toHaveAccessibleDescription(
    'That did not work. Check the name and the passphrase, and try again.'
  )
  // Five failed tries, then each further one waits.
  for (let i = 0; i < 4; i++) {
    await page.getByLabel('Passphrase').fill(`wrong guess ${i}`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByLabel('Passphrase')).toHaveValue('')
  }
  await page.getByLabel('Passphrase').fill(DEMO_SAM.passphrase)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Passphrase')).toHaveAccessibleDescription(
    /^Too many tries\. Wait \d+ seconds before the next one\.$/
  )
  await page.clock.fastForward('00:31')
  await signIn(page, DEMO_SAM)
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  // Sam is not the owner: the owner's tools are not his.
  await page.goto('/index.html#/settings')
  await expect(
    page.getByText('Only the clinic’s owner adds therapists and sets their passphrases.')
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add therapist' })).toHaveCount(0)
  await expect(page.getByText('Only the clinic’s owner sees the whole trail.')).toBeVisible()

  // Every failed try is on the trail, naming nobody (the one made to wait was not tried).
  const failed = (
    await readRows<{ action: string; therapistId: string | null }>(page, 'audit')
  ).filter((e) => e.action === 'sign-in-failed')
  expect(failed).toHaveLength(5)
  expect(failed.every((e) => e.therapistId === null)).toBe(true)
})

test('Racepoint locks when left alone, keeps the open form, and shows nothing of any patient while locked', async ({
  page
}) => {
  await demoWithClock(page)
  await signIn(page)
  await openNewSession(page, DEMO.zoe)
  await page.getByLabel('Notes').fill('Typed before the lock')

  // Five minutes without input (the clinic's setting) locks it.
  await page.clock.fastForward('05:10')
  await expect(page.getByRole('heading', { name: 'Riverside Running Physio' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Locked.' })).toContainText('Maya Chen')
  await expect(page.locator('body')).not.toContainText('Zoë')
  await expect(page.locator('body')).not.toContainText('Typed before the lock')
  expect(await page.title()).toBe('Racepoint: locked')

  await page.getByLabel('Passphrase').fill(DEMO_MAYA.passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Notes')).toHaveValue('Typed before the lock')

  // The operating system locking the screen locks it too (the desktop sends it over the bridge).
  await page.evaluate(() => window.dispatchEvent(new Event('racepoint:system-lock')))
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText('Zoë')
  await signIn(page)

  // And the Lock button, always in view.
  await page.getByRole('button', { name: /^Lock/ }).click()
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible()
  // Switching therapist signs the other in.
  await signIn(page, DEMO_SAM)

  const actions = (await readRows<{ action: string; therapistName: string }>(page, 'audit')).map(
    (e) => `${e.action} ${e.therapistName}`
  )
  expect(actions).toEqual(
    expect.arrayContaining([
      'signed-in Maya Chen',
      'patient-viewed Maya Chen',
      'locked Maya Chen',
      'unlocked Maya Chen',
      'signed-out Maya Chen',
      'signed-in Sam Okafor'
    ])
  )
})

test('the owner sees the trail, each patient shows its access history, and a tampered trail is reported', async ({
  page
}) => {
  await demoWithClock(page)
  await signIn(page)
  await page.goto(`/index.html#/patients/${DEMO.zoe}`)
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
  const history = page.getByRole('region', { name: 'Access history' })
  await expect(history).toContainText('Viewed patient')
  await expect(history).toContainText('Maya Chen')

  await page.goto('/index.html#/settings')
  const trail = page.getByRole('region', { name: 'Audit trail' })
  await expect(trail.getByRole('table')).toContainText('Signed in')
  await trail.getByRole('button', { name: 'Check the trail' }).click()
  await expect(trail.getByText(/^The trail is intact: \d+ entries checked\.$/)).toBeVisible()

  // An entry changed behind the app's back breaks the chain from there.
  const entries = await readRows<{ seq: number; patientId: string | null }>(page, 'audit')
  await putRows(page, 'audit', [{ ...entries[0]!, patientId: 'someone-else' }])
  await trail.getByRole('button', { name: 'Check the trail' }).click()
  await expect(
    trail.getByText(`The trail has been tampered with: entry ${entries[0]!.seq} was altered.`)
  ).toBeVisible()
})
