import type { Page } from '@playwright/test'
import { expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'
import {
  clippedText,
  linesOf,
  overlaps,
  SIZES,
  sidewaysOverflow,
  TEXT_SPACING_CSS
} from './layoutChecks'
import { DEMO } from './sessionHelpers'

// Every main screen at 1366 x 860, 1024 x 700 and 200% zoom: nothing scrolls sideways, no text
// is cut off, and the parts that used to be drawn over each other are measured apart.

const SESSION = `#/patients/${DEMO.zoe}/sessions/demo-s-01-0009`

type Screen = { name: string; hash: string; heading: RegExp; apart?: readonly string[] }

const SCREENS: readonly Screen[] = [
  { name: 'Today', hash: '#/today', heading: /^Today$/ },
  { name: 'Patients', hash: '#/patients', heading: /^Patients$/ },
  {
    name: 'a patient',
    hash: `#/patients/${DEMO.zoe}`,
    heading: /^Zoë Martin$/,
    apart: ['.patient-header h1', '.patient-header__actions > *']
  },
  {
    name: 'a patient’s sessions',
    hash: `#/patients/${DEMO.zoe}/sessions`,
    heading: /^Zoë Martin$/,
    apart: ['.session-table__row:nth-child(2) > [role="cell"]']
  },
  {
    name: 'a patient’s progress',
    hash: `#/patients/${DEMO.zoe}/progress`,
    heading: /^Zoë Martin$/
  },
  { name: 'a patient’s races', hash: `#/patients/${DEMO.zoe}/races`, heading: /^Zoë Martin$/ },
  { name: 'edit patient', hash: `#/patients/${DEMO.zoe}/edit`, heading: /Zoë Martin/ },
  {
    name: 'log session',
    hash: `#/patients/${DEMO.zoe}/sessions/new`,
    heading: /^Log session$/,
    apart: ['.muscle-card__fields', '.muscle-points']
  },
  {
    name: 'a session',
    hash: SESSION,
    heading: /^Session · /,
    apart: [
      '.needling-summary > .table',
      '.needling-summary > .body-map',
      '.page-header h1',
      '.page-header__actions'
    ]
  },
  { name: 'a take-home sheet', hash: `${SESSION}/sheet`, heading: /./ },
  { name: 'Races', hash: '#/races', heading: /^Races$/ },
  { name: 'Settings', hash: '#/settings', heading: /^Settings$/ },
  { name: 'Trash', hash: '#/trash', heading: /^Trash$/ }
]

async function open(page: Page, screen: Screen): Promise<void> {
  await page.goto(`/index.html${screen.hash}`)
  await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.deviceScaleFactor
    })

    test('no screen scrolls sideways, cuts text off or draws one part over another', async ({
      page
    }) => {
      await loadDemoClinic(page)
      for (const screen of SCREENS) {
        await open(page, screen)
        expect.soft(await sidewaysOverflow(page), `${screen.name}: sideways scrolling`).toEqual([])
        expect.soft(await clippedText(page), `${screen.name}: text cut off`).toEqual([])
        if (screen.apart) {
          expect.soft(await overlaps(page, screen.apart), `${screen.name}: overlapping`).toEqual([])
        }
      }
    })

    test('scores and phone numbers stay on one line', async ({ page }) => {
      await loadDemoClinic(page)
      await page.goto(`/index.html${SESSION}`)
      await expect(page.getByRole('region', { name: 'Needling', exact: true })).toBeVisible()
      expect(await linesOf(page, '.facts dd', '1 / 10')).toBe(1)
      expect(await linesOf(page, '.needling-summary td', '4 / 10')).toBe(1)
      await page.goto(`/index.html#/patients/${DEMO.zoe}`)
      await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
      expect(await linesOf(page, '.patient-header__facts', '+1 503 555 0141')).toBe(1)
    })

    test('text spacing set by the reader (WCAG 1.4.12) cuts nothing off', async ({ page }) => {
      await loadDemoClinic(page)
      for (const screen of SCREENS) {
        await open(page, screen)
        await page.addStyleTag({ content: TEXT_SPACING_CSS })
        expect.soft(await sidewaysOverflow(page), `${screen.name}: sideways scrolling`).toEqual([])
        expect.soft(await clippedText(page), `${screen.name}: text cut off`).toEqual([])
      }
    })
  })
}

test.describe('a narrow window', () => {
  test.use({ viewport: { width: 683, height: 430 }, deviceScaleFactor: 2 })

  test('the sidebar is a rail of named icons that opens and closes, and stays as chosen', async ({
    page
  }) => {
    await loadDemoClinic(page)
    const sidebar = page.getByRole('navigation', { name: 'Main' })
    const width = async (): Promise<number> => (await sidebar.boundingBox())?.width ?? 0
    expect(await width()).toBeLessThanOrEqual(72)
    await expect(sidebar.getByRole('link', { name: 'Patients' })).toBeVisible()

    await sidebar.getByRole('button', { name: 'Expand menu' }).click()
    expect(await width()).toBeGreaterThan(200)
    await expect(sidebar.getByRole('link', { name: /Patients/ })).toContainText('Patients')
    await reloadAndUnlock(page)
    await expect(sidebar.getByRole('button', { name: 'Collapse menu' })).toBeVisible()
    await sidebar.getByRole('button', { name: 'Collapse menu' }).click()
    expect(await width()).toBeLessThanOrEqual(72)
  })
})
