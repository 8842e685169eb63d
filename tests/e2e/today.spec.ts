import { expect, loadDemoClinic, test } from './fixtures'

test('screens', async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1300 })
  await loadDemoClinic(page)
  await page.screenshot({ path: '/tmp/today.png' })
})
