import { expect, type Locator, type Page } from '@playwright/test'

/** Demo patients by id (tests/e2e/fixtures.ts loads the demo clinic at TEST_NOW). */
export const DEMO = {
  zoe: 'demo-p-01',
  jose: 'demo-p-02',
  siobhan: 'demo-p-03',
  aiko: 'demo-p-06',
  mateus: 'demo-p-07',
  liam: 'demo-p-09',
  tomas: 'demo-p-12'
} as const

/** Presses Tab (only the keyboard) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

export function muscleRow(page: Page, n: number): Locator {
  return page.getByRole('region', { name: `Muscle ${n}` })
}

export function painScale(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('radiogroup', { name })
}

/**
 * Clicks the body map of a muscle row at a point given in body-map units (each view is a
 * 100 x 220 box; the back view sits right of the front one), as BodyMap draws it.
 */
export async function clickBodyMap(
  map: Locator,
  point: { view: 'front' | 'back'; x: number; y: number }
): Promise<void> {
  const box = await map.boundingBox()
  if (!box) throw new Error('body map not visible')
  const scale = box.width / 224
  const offset = point.view === 'front' ? 0 : 124
  await map.click({
    position: { x: (offset + point.x) * scale, y: (16 + point.y) * scale }
  })
}

export async function openNewSession(page: Page, patientId: string): Promise<void> {
  await page.goto(`/index.html#/patients/${patientId}/sessions/new`)
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
}

export function sessionHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1, name: /^Session · / })
}
