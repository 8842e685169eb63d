import type { Page } from '@playwright/test'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { patientRows } from './clinicData'
import { expect, loadDemoClinic, test } from './fixtures'

// Zoë Martin in the demo clinic: a course of sessions and three races (one past, two coming).
const ZOE = 'demo-p-01'
// Tomás Ruiz: a longer course, so shorter time ranges hold fewer sessions.
const TOMAS = 'demo-p-12'

const fact = (page: Page, name: string) =>
  page.getByRole('complementary', { name: 'Summary' }).getByRole('group', { name })

test('the progress chart shows every session and race, and the summary matches the record', async ({
  page
}) => {
  await loadDemoClinic(page)
  const sessions = await patientRows<Session>(page, 'sessions', ZOE)
  const races = await patientRows<Race>(page, 'races', ZOE)
  expect(sessions.length).toBeGreaterThan(3)

  await page.goto(`/index.html#/patients/${ZOE}/progress`)
  await expect(page.getByRole('link', { name: 'Progress', exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  )
  const chart = page.getByRole('group', { name: /^Pain chart/ })
  await expect(chart).toHaveAccessibleName(
    new RegExp(`^Pain chart: ${sessions.length} sessions, ${races.length} races\\.`)
  )
  await expect(chart.getByRole('img', { name: /^Session / })).toHaveCount(sessions.length)
  const markers = chart.getByRole('img', { name: / race: / })
  await expect(markers).toHaveCount(races.length)
  for (const race of races) {
    await expect(
      chart.getByRole('img', { name: new RegExp(`^${race.priority} race: ${race.name}, `) })
    ).toBeVisible()
  }

  const scored = sessions.filter((s) => s.painBefore !== null)
  const baseline = scored[0]!.painBefore!
  const latest = scored[scored.length - 1]!.painBefore!
  const fall = baseline - latest
  await expect(fact(page, 'Baseline pain')).toContainText(`${baseline}/10`)
  await expect(fact(page, 'Latest pain')).toContainText(`${latest}/10`)
  await expect(fact(page, 'Change')).toContainText(
    `−${fall} (−${Math.round((fall / baseline) * 100)}%)`
  )
  await expect(fact(page, 'Sessions')).toContainText(String(sessions.length))
  // docs/clinical-reference.md: a fall of at least 2 points and 30%, both, is clinically important.
  expect(fall >= 2 && fall / baseline >= 0.3).toBe(true)
  await expect(page.getByRole('complementary', { name: 'Summary' })).toContainText(
    `fell from ${baseline} to ${latest} out of 10`
  )
  await expect(
    page
      .getByRole('complementary', { name: 'Summary' })
      .getByText('Clinically important improvement', { exact: true })
  ).toBeVisible()
  const next = races
    .filter((r) => r.date >= '2026-03-16')
    .sort((a, b) => a.date.localeCompare(b.date))[0]!
  await expect(fact(page, 'Next race')).toContainText('in 9 days')
  await expect(fact(page, 'Next race')).toContainText(next.name)
  await expect(fact(page, 'Next race').getByTitle(`${next.priority} race`)).toBeVisible()

  await page.getByText('Show the chart’s sessions as a table').click()
  await expect(
    page.getByRole('table', { name: 'Sessions on the chart' }).locator('tbody tr')
  ).toHaveCount(sessions.length)

  await expect(page.getByRole('table', { name: 'Muscles needled' })).toBeVisible()
  await expect(
    page.getByRole('img', { name: `Insertion points over ${sessions.length} sessions` })
  ).toBeVisible()

  await page.getByText('Show the chart’s sessions as a table').click()
  // The whole view in one picture, for a person to check it reads at a glance.
  await page.setViewportSize({ width: 1360, height: 1500 })
  await page.screenshot({ path: test.info().outputPath('progress.png') })
})

test('pointing at a session shows its details and clicking it opens that session', async ({
  page
}) => {
  await loadDemoClinic(page)
  const sessions = await patientRows<Session>(page, 'sessions', ZOE)
  await page.goto(`/index.html#/patients/${ZOE}/progress`)
  const target = sessions[4]!
  const point = page
    .getByRole('group', { name: /^Pain chart/ })
    .getByRole('img', { name: /^Session / })
    .nth(4)
  const box = (await point.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText(
    new RegExp(`${target.painBefore}\\s*→\\s*${target.painAfter}`)
  )
  await expect(tooltip).toContainText(target.therapist.name)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page).toHaveURL(new RegExp(`#/patients/${ZOE}/sessions/${target.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Session · .*${target.date.slice(11)}$`)
  )
})

test('the chart is usable from the keyboard: arrows move between sessions, Enter opens one', async ({
  page
}) => {
  await loadDemoClinic(page)
  const sessions = await patientRows<Session>(page, 'sessions', ZOE)
  await page.goto(`/index.html#/patients/${ZOE}/progress`)
  const chart = page.getByRole('group', { name: /^Pain chart/ })
  await chart.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(
    new RegExp(`#/patients/${ZOE}/sessions/${sessions[sessions.length - 2]!.id}$`)
  )
})

test('a shorter time range shows only its sessions', async ({ page }) => {
  await loadDemoClinic(page)
  const sessions = await patientRows<Session>(page, 'sessions', TOMAS)
  const inThreeMonths = sessions.filter((s) => s.date.slice(0, 10) >= '2025-12-16')
  expect(inThreeMonths.length).toBeLessThan(sessions.length)
  await page.goto(`/index.html#/patients/${TOMAS}/progress`)
  const chart = page.getByRole('group', { name: /^Pain chart/ })
  await expect(chart.getByRole('img', { name: /^Session / })).toHaveCount(sessions.length)

  await page
    .getByRole('group', { name: 'Time range' })
    .getByRole('button', { name: '3 months' })
    .click()
  await expect(page.getByRole('button', { name: '3 months' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await expect(chart.getByRole('img', { name: /^Session / })).toHaveCount(inThreeMonths.length)
  await expect(fact(page, 'Sessions')).toContainText(String(inThreeMonths.length))
  const first = inThreeMonths.find((s) => s.painBefore !== null)!
  await expect(fact(page, 'Baseline pain')).toContainText(`${first.painBefore}/10`)
})
