import { expect, loadDemoClinic, test } from './fixtures'

test('screens', async ({ page }) => {
  await loadDemoClinic(page)
  await page.setViewportSize({ width: 1360, height: 1500 })
  await page.goto('/index.html#/patients/demo-p-01/progress')
  await expect(page.getByRole('group', { name: /Pain chart/ })).toBeVisible()
  const point = page.getByRole('img', { name: /^Session / }).nth(4)
  const box = (await point.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.screenshot({ path: '/tmp/progress-full.png' })
})
