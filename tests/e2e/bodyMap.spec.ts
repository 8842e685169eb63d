import { expect, loadDemoClinic, test } from './fixtures'
import { openSheet } from './sheetHelpers'
import { DEMO, muscleRow, openNewSession, sessionHeading, tabTo } from './sessionHelpers'

test.beforeEach(async ({ page }) => {
  await loadDemoClinic(page)
})

test('the body map places, selects and removes points from the keyboard, saying each one', async ({
  page
}) => {
  await openNewSession(page, DEMO.zoe)
  const row = muscleRow(page, 1)
  await row.getByRole('combobox', { name: 'Muscle' }).fill('medial gastro')
  await row.getByRole('combobox', { name: 'Muscle' }).press('Enter')
  await row.getByRole('radio', { name: 'Left' }).check()

  const map = row.getByRole('application', { name: 'Insertion points: Gastrocnemius, medial head' })
  await expect(map).toHaveAccessibleDescription(/Arrow keys move the cursor.*Enter places a point/)
  await row.getByRole('radio', { name: 'Left' }).focus()
  await tabTo(page, map)
  await expect(map.locator('.body-map__cursor')).toBeVisible()

  // The cursor starts on the muscle: Enter places the first point there.
  await page.keyboard.press('Enter')
  const announced = row.locator('.body-map__announcement')
  await expect(announced).toHaveText('Placed point 1, left gastrocnemius, medial head, back view')
  await expect(row.getByRole('button', { name: 'Remove point 1 (back, left)' })).toBeVisible()

  // Three steps down is a new spot: a second point, numbered on the map.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(announced).toHaveText('Placed point 2, left gastrocnemius, medial head, back view')
  await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(2)
  await expect(map.locator('.body-map__number')).toHaveText(['1', '2'])

  // Back onto the first point selects it; Delete removes it and says so.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp')
  await expect(announced).toHaveText('Selected point 1, left gastrocnemius, medial head, back view')
  await expect(map.locator('.body-map__selection')).toBeVisible()
  await page.keyboard.press('Delete')
  await expect(announced).toHaveText('Removed point 1, left gastrocnemius, medial head, back view')
  await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(1)
  await expect(map).toBeFocused()

  // Shift moves five times as far; past the left edge of the back view is the front view.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft')
  await expect(announced).toHaveText('Front view')
  await page.keyboard.press('Enter')
  await expect(announced).toHaveText('Placed point 2, left gastrocnemius, medial head, front view')
})

test('each muscle’s points have their own shape and number on the session page and the sheet', async ({
  page
}) => {
  await page.goto(`/index.html#/patients/${DEMO.zoe}/sessions`)
  await page
    .getByRole('table', { name: 'Sessions' })
    .getByRole('row', { name: /Vastus lateralis \(left\), Gluteus medius \(left\)/ })
    .getByRole('link')
    .click()
  await expect(sessionHeading(page)).toBeVisible()
  const map = page.getByRole('img', { name: 'Insertion points of this session' })
  const shapes = await map
    .locator('.body-map__marker')
    .evaluateAll((els) => [...new Set(els.map((el) => el.tagName.toLowerCase()))])
  expect(shapes.sort()).toEqual(['circle', 'rect'])
  const numbers = await map.locator('.body-map__number').allTextContents()
  expect([...new Set(numbers)].sort()).toEqual(['1', '2'])
  const table = page.getByRole('table', { name: 'Needled muscles' })
  await expect(table.locator('.marker-key__number')).toHaveText(['1', '2'])

  const sessionId = new URL(page.url()).hash.split('/').pop()!
  await openSheet(page, DEMO.zoe, sessionId)
  const list = page.getByRole('list', { name: 'Treated muscles' })
  await expect(list.locator('.marker-key__number')).toHaveText(['1', '2'])
  const sheetMap = page.getByRole('img', { name: 'Where the needles went in' })
  const sheetNumbers = await sheetMap.locator('.body-map__number').allTextContents()
  expect([...new Set(sheetNumbers)].sort()).toEqual(['1', '2'])

  // On paper the diagram is at least 70 mm tall (96 CSS px to the inch).
  await page.emulateMedia({ media: 'print' })
  const box = await sheetMap.boundingBox()
  await page.emulateMedia({ media: 'screen' })
  expect(((box?.height ?? 0) * 25.4) / 96).toBeGreaterThanOrEqual(70)
})
