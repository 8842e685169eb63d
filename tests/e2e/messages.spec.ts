import type { Locator, Page } from '@playwright/test'
import { expect, loadDemoClinic, openApp, test } from './fixtures'
import { DEMO, sessionHeading } from './sessionHelpers'

/** The controls on screen that a message is drawn over, by accessible name. */
async function controlsUnder(page: Page, message: Locator): Promise<string[]> {
  const box = await message.boundingBox()
  if (!box) throw new Error('message not on screen')
  return page.evaluate((box) => {
    const selector = 'a[href], button, input, select, textarea, [role="radio"], [tabindex="0"]'
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => el.checkVisibility() && !el.closest('[role="status"]'))
      .filter((el) => {
        // What scrolls out of the page area is clipped by it, not drawn under the message.
        const main = el.closest('main')?.getBoundingClientRect()
        const r = el.getBoundingClientRect()
        if (main && (r.top >= main.bottom || r.bottom <= main.top)) return false
        return (
          r.width > 0 &&
          r.left < box.x + box.width &&
          r.right > box.x &&
          r.top < box.y + box.height &&
          r.bottom > box.y
        )
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName)
  }, box)
}

test('a message is announced politely and covers no control, even over a form’s footer', async ({
  page
}) => {
  await loadDemoClinic(page)
  // The session form's footer (Save session) is pinned to the bottom of the window.
  await page.goto(`/index.html#/patients/${DEMO.zoe}/sessions/new`)
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+p')
  const message = page
    .getByRole('status', { name: 'Messages' })
    .getByText('Open a saved session to print')
  await expect(message).toBeVisible()
  await expect(page.getByRole('status', { name: 'Messages' })).toHaveAttribute(
    'aria-live',
    'polite'
  )
  expect(await controlsUnder(page, message)).toEqual([])
  await expect(page.getByRole('button', { name: /Save session/ })).toBeInViewport()

  // A finalised session's amendment and follow-up buttons stay clear while "saved" shows.
  await page.goto(`/index.html#/patients/${DEMO.zoe}/sessions`)
  await page.getByRole('table', { name: 'Sessions' }).getByRole('link').nth(1).click()
  await expect(sessionHeading(page)).toBeVisible()
  const amendments = page.getByRole('region', { name: 'Amendments' })
  await amendments.getByRole('button', { name: 'Add amendment' }).click()
  await amendments.getByLabel('Amendment', { exact: true }).fill('Corrected the dwell time.')
  await amendments.getByRole('button', { name: 'Add amendment' }).click()
  const saved = page.getByRole('status', { name: 'Messages' }).locator('.toast').first()
  await expect(saved).toBeVisible()
  expect(await controlsUnder(page, saved)).toEqual([])
})

test('the welcome form’s errors clear one by one as the fields are filled in', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Start empty' }).click()
  const clinicError = page.getByText('Enter the clinic’s name')
  const nameError = page.getByText('Enter your name: sessions record who treated')
  await expect(clinicError).toBeVisible()
  await expect(nameError).toBeVisible()

  await page.getByLabel('Clinic name').fill('Harbour Physio')
  await expect(clinicError).toHaveCount(0)
  await expect(nameError).toBeVisible()
  await page.getByLabel('Your name').fill('Ana Ruiz')
  await expect(nameError).toHaveCount(0)
})
