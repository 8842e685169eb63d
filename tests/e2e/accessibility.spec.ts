import { expectAccessible } from './axe'
import { DEMO_MAYA, expect, loadDemoClinic, openApp, protectNewClinic, test } from './fixtures'
import { addPatient } from './patientHelpers'
import { DEMO, openNewSession, sessionHeading } from './sessionHelpers'

// Every screen and dialog a test can reach, checked against the WCAG 2.2 A and AA rules.
// A serious or critical violation anywhere fails the suite; each check names its screen.

test('the welcome screen, blank and with its errors shown', async ({ page }) => {
  await openApp(page)
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  await expectAccessible(page, 'welcome')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(page.getByText('Enter the clinic’s name')).toBeVisible()
  await expectAccessible(page, 'welcome with errors')
})

test('an empty clinic: Today, Patients, Races and Trash with nothing in them', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Clinic name').fill('Harbour Physio')
  await page.getByLabel('Your name').fill('Ana Ruiz')
  await page.getByRole('button', { name: 'Start empty' }).click()
  await protectNewClinic(page, 'harbour lights at six', (screen) => expectAccessible(page, screen))
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expectAccessible(page, 'empty Today')
  for (const [hash, heading] of [
    ['#/patients', 'Patients'],
    ['#/races', 'Races'],
    ['#/trash', 'Trash'],
    ['#/settings', 'Settings']
  ] as const) {
    await page.goto(`/index.html${hash}`)
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
    await expectAccessible(page, `empty ${heading}`)
  }
})

test.describe('the demo clinic', () => {
  test.beforeEach(async ({ page }) => {
    await loadDemoClinic(page)
  })

  test('the sign-in and lock screens, with a refused passphrase', async ({ page }) => {
    await page.getByRole('button', { name: /^Lock/ }).click()
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible()
    await expectAccessible(page, 'locked')
    await page.getByLabel('Passphrase').fill('not the passphrase')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect(page.getByLabel('Passphrase')).toHaveAccessibleDescription(/^That did not work/)
    await expectAccessible(page, 'locked, passphrase refused')
    await page.getByRole('button', { name: /Use the recovery code/ }).click()
    await expectAccessible(page, 'recovery code form')
  })

  test('Today, Patients, Races, Settings and a screen that does not exist', async ({ page }) => {
    await expectAccessible(page, 'Today')
    await page.goto('/index.html#/patients')
    await expect(page.getByRole('listbox', { name: 'Patients' })).toBeVisible()
    await expectAccessible(page, 'Patients')
    await page.getByRole('combobox', { name: 'Search patients by name' }).fill('zz')
    await expectAccessible(page, 'Patients, nothing found')
    await page.goto('/index.html#/races')
    await expect(page.getByRole('heading', { name: 'Races', level: 1 })).toBeVisible()
    await expectAccessible(page, 'Races')
    await page.goto('/index.html#/settings')
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expectAccessible(page, 'Settings')
    await page.goto('/index.html#/nowhere')
    await expectAccessible(page, 'not found')
  })

  for (const tab of ['overview', 'sessions', 'progress', 'races']) {
    test(`a patient's ${tab} tab`, async ({ page }) => {
      await page.goto(`/index.html#/patients/${DEMO.zoe}${tab === 'overview' ? '' : `/${tab}`}`)
      await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
      await expect(
        page.getByRole('navigation', { name: 'Patient record' }).locator('[aria-current="page"]')
      ).toHaveText(new RegExp(tab, 'i'))
      await expectAccessible(page, `patient ${tab}`)
    })
  }

  test('a patient: the race dialog, the actions menu, deleting and the trash', async ({ page }) => {
    await page.goto(`/index.html#/patients/${DEMO.zoe}/races`)
    await page.getByRole('button', { name: 'Add race' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, 'add race dialog')
    await page.getByRole('dialog').getByRole('button', { name: 'Add race' }).click()
    await expectAccessible(page, 'add race dialog with errors')
    await page.keyboard.press('Escape')

    // A patient with nothing signed, so the trash offers to delete them for good.
    await addPatient(page, { firstName: 'Nora', lastName: 'Quist' })
    await page.getByRole('button', { name: 'More' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectAccessible(page, 'patient actions menu')
    await page.getByRole('menuitem', { name: 'Delete…' }).click()
    await expect(page.getByRole('dialog', { name: 'Delete Nora Quist?' })).toBeVisible()
    await expectAccessible(page, 'delete patient dialog')
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await page.getByRole('link', { name: /^Trash/ }).click()
    const purge = page.getByRole('button', { name: 'Delete Nora Quist forever…' })
    await expect(purge).toBeEnabled()
    await expectAccessible(page, 'Trash')
    await purge.click()
    await expect(page.getByRole('dialog', { name: 'Delete Nora Quist forever?' })).toBeVisible()
    await expectAccessible(page, 'delete forever dialog')
  })

  test('new and edit patient, with errors shown and a discard dialog', async ({ page }) => {
    await page.goto('/index.html#/patients/new')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectAccessible(page, 'new patient')
    await page.getByRole('button', { name: 'Add patient' }).click()
    await expectAccessible(page, 'new patient with errors')
    await page.goto(`/index.html#/patients/${DEMO.zoe}/edit`)
    await expect(page.getByLabel('First name')).toHaveValue('Zoë')
    await expectAccessible(page, 'edit patient')
    await page.getByLabel('First name').fill('Zoe')
    await page
      .getByRole('link', { name: 'Cancel' })
      .or(page.getByRole('button', { name: 'Cancel' }))
      .first()
      .click()
    await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toBeVisible()
    await expectAccessible(page, 'discard changes dialog')
  })

  test('logging a session, with errors shown, and its discard dialog', async ({ page }) => {
    await openNewSession(page, DEMO.zoe)
    await expectAccessible(page, 'log session')
    await page.getByLabel('Notes').fill('A draft to discard')
    await page.getByRole('button', { name: /Save session/ }).click()
    await expectAccessible(page, 'log session with errors')
    await page.getByRole('button', { name: 'Discard draft' }).first().click()
    await expect(page.getByRole('dialog', { name: 'Discard this draft?' })).toBeVisible()
    await expectAccessible(page, 'discard draft dialog')
  })

  test('measures: the session form’s rows with errors, the charts, the recording dialog and Settings', async ({
    page
  }) => {
    await openNewSession(page, DEMO.jose)
    const measures = page.getByRole('region', { name: 'Measures' })
    await measures.getByRole('button', { name: 'This week’s running' }).click()
    await measures
      .getByLabel('Add a measure')
      .selectOption({ label: 'Knee-to-wall (weight-bearing lunge)' })
    await measures
      .getByLabel('Add a measure')
      .selectOption({ label: 'Patient-Specific Functional Scale (PSFS)' })
    await measures.getByLabel('Weekly distance Score (km)').fill('900')
    await page.getByRole('button', { name: /Save session/ }).click()
    await expect(measures.getByLabel('Weekly distance Score (km)')).toHaveAccessibleDescription(
      /runs from/
    )
    await expectAccessible(page, 'session measures with errors')

    await page.goto(`/index.html#/patients/${DEMO.jose}/progress`)
    await expect(
      page.getByRole('region', { name: 'Measures' }).getByRole('figure', { name: /^Knee-to-wall/ })
    ).toBeVisible()
    await expectAccessible(page, 'progress measures')
    await page.getByRole('button', { name: 'Record measures between visits…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Record measures between visits' })
    await dialog.getByRole('button', { name: 'Save measures' }).click()
    await expect(dialog.getByText('Record at least one measure')).toBeVisible()
    await expectAccessible(page, 'record measures dialog with errors')
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    await page.goto('/index.html#/settings')
    const section = page.getByRole('region', { name: 'Measures' })
    await section.getByRole('button', { name: 'Add measure' }).click()
    await expect(section.getByLabel('Name')).toHaveAccessibleDescription('Name the measure')
    await expectAccessible(page, 'settings measures with errors')
  })

  test('a saved session, its finalise dialog, a signed session and its sheet', async ({ page }) => {
    await page.goto(`/index.html#/patients/${DEMO.jose}/sessions`)
    await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click()
    await expect(sessionHeading(page)).toBeVisible()
    await expectAccessible(page, 'session')
    await page.getByRole('button', { name: 'Finalise (sign)' }).click()
    await expect(
      page.getByRole('dialog', { name: 'Finalise and sign this session?' })
    ).toBeVisible()
    await expectAccessible(page, 'finalise dialog')
    await page.getByRole('dialog').getByRole('button', { name: 'Finalise and sign' }).click()
    await expect(
      page.getByRole('dialog').getByLabel('Your passphrase')
    ).toHaveAccessibleDescription('Enter your passphrase to sign')
    await expectAccessible(page, 'finalise dialog, passphrase missing')
    await page.getByRole('dialog').getByLabel('Your passphrase').fill(DEMO_MAYA.passphrase)
    await page.getByRole('dialog').getByRole('button', { name: 'Finalise and sign' }).click()
    await expect(page.getByText(/Finalised and signed by/)).toBeVisible()
    await expectAccessible(page, 'signed session')
    await page.goto(
      page.url().replace(/#.*/, '') + `#/patients/${DEMO.zoe}/sessions/demo-s-01-0009/sheet`
    )
    await expect(page.getByRole('article', { name: /^Recovery sheet for / })).toBeVisible()
    await expectAccessible(page, 'sheet')
  })

  test('restoring a backup: the file dialog', async ({ page }) => {
    await page.goto('/index.html#/settings')
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    await expect(page.getByRole('dialog', { name: 'Restore from a backup' })).toBeVisible()
    await expectAccessible(page, 'restore dialog')
  })
})

test('a dialog keeps focus inside it, and gives it back to what opened it', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto(`/index.html#/patients/${DEMO.zoe}/races`)
  const opener = page.getByRole('button', { name: 'Add race' })
  await opener.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  const isInside = (): Promise<boolean> =>
    dialog.evaluate((el) => el.contains(document.activeElement))
  expect(await isInside()).toBe(true)
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    expect(await isInside(), `after ${i + 1} Tab`).toBe(true)
  }
  await page.keyboard.press('Shift+Tab')
  expect(await isInside()).toBe(true)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
})
