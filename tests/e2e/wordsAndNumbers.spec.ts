import { expect, loadDemoClinic, openApp, protectNewClinic, test } from './fixtures'

// One name for each thing and numbers as a runner writes them, wherever they appear.

test('race times under an hour read as runners write them, and the race window has one name', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/races')
  const bridge = page.getByRole('listitem').filter({ hasText: 'Bridge City 10K' })
  await expect(bridge).toContainText('goal 44:30')
  await expect(bridge).toContainText('Race window')
  await expect(page.getByText(/needling window/i)).toHaveCount(0)
})

test('a race beside a coming appointment counts from that appointment', async ({ page }) => {
  await loadDemoClinic(page)
  const comingUp = page.getByRole('region', { name: 'Coming up' })
  await expect(comingUp.locator('.race-hint').first()).toBeVisible()
  for (const hint of await comingUp.locator('.race-hint__text .muted').allTextContents()) {
    expect(hint).toMatch(/^(the same day|\d+ days? after)$/)
  }
})

for (const [locale, paper] of [
  ['en-US', 'US Letter'],
  ['en-GB', 'A4']
] as const) {
  test.describe(`a computer set to ${locale}`, () => {
    test.use({ locale })

    test(`starts an empty clinic on ${paper} paper`, async ({ page }) => {
      await openApp(page)
      await page.getByLabel('Clinic name').fill('Harbour Physio')
      await page.getByLabel('Your name').fill('Ana Ruiz')
      await page.getByRole('button', { name: 'Start empty' }).click()
      await protectNewClinic(page)
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
      await page.goto('/index.html#/settings')
      await expect(page.getByLabel('Paper size').locator('option:checked')).toHaveText(paper)
    })
  })
}
