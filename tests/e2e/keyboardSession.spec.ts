import type { Locator, Page } from '@playwright/test'
import { expect, loadDemoClinic, test } from './fixtures'
import { DEMO, muscleRow, painScale, sessionHeading } from './sessionHelpers'

/** The keyboard, counting every key pressed: a typed character is one press, Tab is one. */
class CountingKeyboard {
  presses = 0
  readonly steps: string[] = []

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.presses++
    await this.page.keyboard.press(key)
  }

  async type(text: string): Promise<void> {
    for (const character of text) await this.press(character)
  }

  /** Tab (only) until `target` has focus, as a therapist would; fails if it never does. */
  async tabTo(target: Locator, what: string, max = 40): Promise<void> {
    for (let tabs = 0; tabs <= max; tabs++) {
      if (await target.evaluate((el) => el === document.activeElement)) {
        this.steps.push(`${what}: ${tabs} Tab`)
        return
      }
      await this.press('Tab')
    }
    throw new Error(`Tab never reached ${what}`)
  }
}

test('the standard session by keyboard alone takes at most 35 key presses', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto(`/index.html#/patients/${DEMO.zoe}`)
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
  const keys = new CountingKeyboard(page)

  await keys.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  // Date, time, therapist and diagnosis are prefilled: the form opens on consent, whose date
  // follows the session's.
  await keys.tabTo(page.getByRole('checkbox', { name: /Consent to needling confirmed/ }), 'consent')
  await keys.press('Space')
  const before = painScale(page, 'Pain before')
  await keys.tabTo(before.getByRole('radio').first(), 'pain before')
  await keys.press('7')

  // One muscle, its side, two needles of the default size, pistoning, three twitches.
  const row = muscleRow(page, 1)
  await keys.tabTo(row.getByRole('combobox', { name: 'Muscle' }), 'muscle')
  await keys.type('tfl')
  await keys.press('Enter')
  await keys.tabTo(row.getByRole('radio', { name: 'Left' }), 'side')
  await keys.press('Space')
  await keys.tabTo(row.getByLabel('Needles'), 'needles')
  await keys.type('2')
  await keys.tabTo(row.getByLabel('Technique'), 'technique')
  await keys.type('p')
  await keys.tabTo(row.getByLabel('Twitch responses'), 'twitches')
  await keys.type('3')

  const after = painScale(page, 'Pain after')
  await keys.tabTo(after.getByRole('radio').first(), 'pain after')
  await keys.press('3')
  await keys.press('Control+Enter')

  await expect(sessionHeading(page)).toHaveText('Session · 16 Mar 2026, 09:00')
  console.log(`[keyboard session] ${keys.presses} key presses; ${keys.steps.join(', ')}`)
  const table = page.getByRole('table', { name: 'Needled muscles' })
  await expect(table.getByRole('row').nth(1)).toContainText(
    /Tensor fasciae latae.*Left.*2 needles.*0\.25 × 30 mm.*Pistoning.*3/
  )
  const visit = page.getByRole('region', { name: 'Visit and before needling' })
  await expect(visit).toContainText('Confirmed')
  await expect(visit).toContainText('7 / 10')
  await expect(page.getByRole('region', { name: 'After needling' })).toContainText('3 / 10')
  expect(keys.presses, keys.steps.join(', ')).toBeLessThanOrEqual(35)
})
