import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, loadDemoClinic, test } from './fixtures'
import { DEMO, muscleRow, painScale, sessionHeading } from './sessionHelpers'
import { openSheet } from './sheetHelpers'

/** Tab (only) until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/** The parts of a session the record requires, by keyboard: consent, one muscle, its needles. */
async function fillNeedling(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('checkbox', { name: /Consent to needling confirmed/ }))
  await page.keyboard.press('Space')
  await tabTo(page, painScale(page, 'Pain before').getByRole('radio').first())
  await page.keyboard.press('4')
  const row = muscleRow(page, 1)
  await tabTo(page, row.getByRole('combobox', { name: 'Muscle' }))
  await page.keyboard.type('soleus')
  await page.keyboard.press('Enter')
  await tabTo(page, row.getByRole('radio', { name: 'Left' }))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(row.getByRole('radio', { name: 'Right' })).toBeChecked()
  await tabTo(page, row.getByLabel('Needles'))
  await page.keyboard.type('2')
  await tabTo(page, row.getByLabel('Technique'))
  await page.keyboard.type('p')
  await tabTo(page, row.getByLabel('Twitch responses'))
  await page.keyboard.type('1')
  await tabTo(page, painScale(row, 'Tightness before').getByRole('radio').first())
  await page.keyboard.press('6')
  await tabTo(page, painScale(row, 'Tightness after').getByRole('radio').first())
  await page.keyboard.press('3')
}

test('measures recorded by keyboard are charted against the race, on the sheet and in the CSV', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.goto(`/index.html#/patients/${DEMO.jose}`)
  await expect(page.getByRole('heading', { name: 'José Núñez', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await fillNeedling(page)

  // Measures: the picker takes the first letters of a measure; its row opens on its first box.
  const measures = page.getByRole('region', { name: 'Measures' })
  const picker = measures.getByLabel('Add a measure')
  await tabTo(page, picker)
  await page.keyboard.press('k')
  const ktw = measures.getByRole('group', { name: 'Knee-to-wall (weight-bearing lunge)' })
  await expect(ktw.getByLabel('Knee-to-wall Left (cm)')).toBeFocused()
  await page.keyboard.type('11.5')
  await page.keyboard.press('Tab')
  await page.keyboard.type('13')
  await tabTo(page, picker)
  await page.keyboard.press('v')
  await expect(measures.getByLabel('VISA-A Score (points)')).toBeFocused()
  await page.keyboard.type('92')
  await page.keyboard.press('Control+Enter')

  await expect(sessionHeading(page)).toHaveText('Session · 16 Mar 2026, 09:00')
  const recorded = page.getByRole('region', { name: 'Measures' })
  await expect(recorded).toContainText('Left 11.5 · Right 13 cm')
  await expect(recorded).toContainText('92 points')
  await expect(page.getByRole('table', { name: 'Needled muscles' })).toContainText('6 → 3 / 10')
  const sessionId = page.url().split('/sessions/')[1]!.split(/[/?#]/)[0]!

  // Charted on the shared time axis, with José's A race and the injured side marked.
  await page.goto(`/index.html#/patients/${DEMO.jose}/progress`)
  const charts = page.getByRole('region', { name: 'Measures' })
  const knee = charts.getByRole('figure', { name: /^Knee-to-wall/ })
  await expect(knee).toContainText('Right (injured)')
  await expect(knee.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Knee-to-wall, right \(injured\): [\d.]+ → 13 cm since .*Races: .*A race: Cascade Half Marathon/
  )
  await expect(charts.getByRole('figure', { name: /^VISA-A/ })).toContainText(/→ 92 points since/)
  await expect(page.getByRole('table', { name: 'Response by muscle' })).toContainText('Soleus')

  // On the take-home sheet, in plain words, with the next race.
  await openSheet(page, DEMO.jose, sessionId)
  const progress = page.getByRole('region', { name: 'Your progress' })
  await expect(progress).toContainText(/VISA-A [\d.]+ → 92 points/)
  await expect(progress).toContainText(/Cascade Half Marathon in 25 days/)

  // In the measures CSV, one row per value.
  await page.goto('/index.html#/settings')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: /Export measures to CSV/ }).click()
  // A deliberate disclosure: Racepoint says first that the file is not encrypted.
  const disclosure = page.getByRole('dialog', { name: 'Export measures to CSV' })
  await expect(disclosure.getByText('This file is not encrypted.')).toBeVisible()
  await disclosure.getByRole('button', { name: 'Export unencrypted CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('racepoint-measures-2026-03-16-0900.csv')
  const csv = (await readFile(await download.path())).toString('utf8')
  const rows = csv.split('\r\n').filter((line) => line.includes(sessionId))
  expect(rows.filter((r) => r.includes(',knee-to-wall,'))).toHaveLength(2)
  expect(rows.some((r) => /,knee-to-wall,.*,right,.*,13,/.test(r))).toBe(true)
  expect(rows.some((r) => /,tightness,.*,right,Soleus,before,,6,/.test(r))).toBe(true)
})

test('a measure out of its range or without a side is refused next to its field, and nothing is saved', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.goto(`/index.html#/patients/${DEMO.jose}/sessions/new`)
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await fillNeedling(page)
  const measures = page.getByRole('region', { name: 'Measures' })
  await measures
    .getByLabel('Add a measure')
    .selectOption({ label: 'Lower Extremity Functional Scale (LEFS)' })
  await measures.getByLabel('LEFS Score (points)').fill('95')
  await measures
    .getByLabel('Add a measure')
    .selectOption({ label: 'Single-leg calf raise to fatigue' })
  await page.getByRole('button', { name: 'Save session' }).click()
  await expect(measures.getByLabel('LEFS Score (points)')).toHaveAccessibleDescription(
    /LEFS runs from 0 to 80 points/
  )
  await expect(measures.getByLabel('Calf raises Left (raises)')).toHaveAccessibleDescription(
    'Enter the left side, the right side or both'
  )
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await page.goto(`/index.html#/patients/${DEMO.jose}/sessions`)
  // The draft is kept, the session is not saved.
  await expect(page.getByText(/started and not saved \(draft of 16 Mar 2026/)).toBeVisible()
  await expect(page.getByRole('link', { name: /^16 Mar 2026/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: '10 Mar 2026, 15:00' })).toBeVisible()
})

test('measures recorded between visits join the charts', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto(`/index.html#/patients/${DEMO.zoe}/progress`)
  await page.getByRole('button', { name: 'Record measures between visits…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record measures between visits' })
  await dialog
    .getByLabel('Add a measure')
    .selectOption({ label: 'Lower Extremity Functional Scale (LEFS)' })
  await dialog.getByLabel('LEFS Score (points)').fill('120')
  await dialog.getByRole('button', { name: 'Save measures' }).click()
  await expect(dialog.getByLabel('LEFS Score (points)')).toHaveAccessibleDescription(
    /LEFS runs from 0 to 80 points/
  )
  await dialog.getByLabel('LEFS Score (points)').fill('61')
  await dialog.getByRole('button', { name: 'Save measures' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('region', { name: 'Measures' }).getByRole('figure', { name: /^LEFS/ })
  ).toContainText('LEFS: one reading so far')
})
