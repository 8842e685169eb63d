import { expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'
import { addPatient, patientOptions, patientSearch, screeningAnswer } from './patientHelpers'

test.use({ locale: 'en-US' })

test('a new patient with screening flags is saved whole, found by any accent or case, and edited', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.getByRole('link', { name: /Patients/ }).click()
  await page.getByRole('link', { name: 'New patient' }).click()
  await expect(page.getByRole('heading', { name: 'New patient', level: 1 })).toBeVisible()
  await expect(page.getByLabel('First name')).toBeFocused()

  await page.getByLabel('First name').fill('Renée')
  await page.getByLabel('Last name').fill('Lefèvre')
  await page.getByLabel('Date of birth').fill('1988-05-02')
  await expect(page.getByText('37 years old')).toBeVisible()
  await page.getByLabel('Sex').selectOption('Female')
  await page.getByLabel('Phone').fill('+1 503 555 0199')
  await page.getByLabel('Email').fill('renee@example.com')
  await page.getByLabel('Weekly volume (km/week)').fill('48')
  await page.getByLabel('Years running').fill('6')
  await page.getByLabel('Dominant side').selectOption('Left')
  await page.getByRole('checkbox', { name: 'Half marathon' }).check()

  await page.getByRole('button', { name: 'Add diagnosis' }).click()
  const diagnosis = page.getByRole('group', { name: 'Diagnosis 1' })
  await diagnosis.getByLabel('Diagnosis', { exact: true }).selectOption('Achilles tendinopathy')
  await diagnosis.getByLabel('Side').selectOption('Left')
  await page.getByRole('button', { name: 'Add diagnosis' }).click()
  const second = page.getByRole('group', { name: 'Diagnosis 2' })
  await second.getByLabel('Diagnosis', { exact: true }).selectOption('Other (type it)')
  await second.getByLabel('Describe it').fill('Sesamoiditis')

  await screeningAnswer(page, 'Anticoagulants or bleeding disorder', 'Yes').check()
  await screeningAnswer(page, 'Diabetes', 'Yes').check()
  await page.getByRole('button', { name: /Answer the 8 not asked with No/ }).click()
  await page.getByRole('button', { name: /Reviewed today/ }).click()
  await page.getByLabel('Needling consent is on file').check()
  await page.getByLabel('Consent date').fill('2026-03-01')
  await page.getByLabel('Written consent').check()

  // Enter in a field saves the form.
  await page.getByLabel('Email').press('Enter')
  await expect(page.getByRole('heading', { name: 'Renée Lefèvre', level: 1 })).toBeVisible()
  const flags = page.getByRole('list', { name: 'Screening precautions' })
  await expect(flags.getByRole('listitem')).toHaveText([
    'Anticoagulants or bleeding disorder',
    'Diabetes'
  ])
  await expect(page.getByText('Written consent on file since 1 Mar 2026')).toBeVisible()
  await expect(page.getByText('Screening reviewed 16 Mar 2026')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Current diagnoses' })).toHaveText(
    /Achilles tendinopathy · left.*Sesamoiditis/
  )
  await expect(page.getByText('48 km/week')).toBeVisible()

  await page
    .getByRole('link', { name: /Patients/ })
    .first()
    .click()
  for (const query of ['RENEE', 'lefev', 'rénée lef']) {
    await patientSearch(page).fill(query)
    await expect(patientOptions(page)).toHaveCount(1)
    await expect(patientOptions(page)).toContainText('Renée Lefèvre')
  }
  await patientSearch(page).press('Enter')
  await expect(page.getByRole('heading', { name: 'Renée Lefèvre', level: 1 })).toBeVisible()

  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByLabel('Weekly volume (km/week)')).toHaveValue('48')
  await expect(screeningAnswer(page, 'Diabetes', 'Yes')).toBeChecked()
  await page.getByLabel('Phone').fill('+1 503 555 0100')
  await screeningAnswer(page, 'Diabetes', 'No').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('+1 503 555 0100')).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Screening precautions' }).getByRole('listitem')
  ).toHaveText(['Anticoagulants or bleeding disorder'])

  await reloadAndUnlock(page)
  await expect(page.getByText('+1 503 555 0100')).toBeVisible()
})

test('weekly volume is entered and shown in miles when the clinic uses miles', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/settings')
  await page.getByLabel('Distances in').selectOption('Miles')
  await page.getByRole('button', { name: 'Save preferences' }).click()
  await expect(page.getByText('Preferences saved')).toBeVisible()

  await page.goto('/index.html#/patients/demo-p-01/edit')
  // Zoë Martin runs 70 km a week.
  await expect(page.getByLabel('Weekly volume (mi/week)')).toHaveValue('43.5')
  await page.getByLabel('Weekly volume (mi/week)').fill('30')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('30 mi/week')).toBeVisible()
})

test('archived patients leave the list until restored', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/patients/demo-p-01')
  await page.getByRole('button', { name: 'More' }).click()
  await page.getByRole('menuitem', { name: 'Archive' }).click()
  await expect(page.getByText('Zoë Martin is archived')).toBeVisible()

  await page.goto('/index.html#/patients')
  await expect(page.getByText('11 active patients · 1 archived')).toBeVisible()
  await patientSearch(page).fill('zoe')
  await expect(page.getByText('No active patient matches “zoe”.')).toBeVisible()
  await page.getByRole('radio', { name: 'Archived' }).check()
  await expect(patientOptions(page)).toHaveCount(1)
  await patientSearch(page).press('Enter')

  await page.getByRole('button', { name: 'Restore from archive' }).click()
  await expect(page.getByText('Zoë Martin is archived')).toBeHidden()
  await page.goto('/index.html#/patients')
  await expect(page.getByText('12 active patients')).toBeVisible()
})

test('deleting asks first, naming what goes; the trash restores, and signed records are not purged before their time', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/patients/demo-p-01')
  await page.getByRole('button', { name: 'More' }).press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Archive' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'Delete Zoë Martin?' })
  await expect(dialog).toContainText('Zoë Martin goes to the trash with 9 sessions and 3 races')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'More' }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  await dialog.getByRole('button', { name: 'Move to trash' }).click()
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await expect(page.getByText('11 active patients')).toBeVisible()

  await page.getByRole('link', { name: 'Trash (1)' }).click()
  const trash = page.getByRole('list', { name: 'Patients in the trash' })
  await expect(trash).toContainText('Zoë Martin')
  await expect(trash).toContainText('9 sessions and 3 races')
  await trash.getByRole('button', { name: 'Restore Zoë Martin' }).click()
  await expect(page.getByText('The trash is empty')).toBeVisible()
  await page.goto('/index.html#/patients/demo-p-01/sessions')
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(10)

  await page.getByRole('button', { name: 'More' }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await expect(page.getByText('11 active patients')).toBeVisible()
  await page.getByRole('link', { name: 'Trash (1)' }).click()
  // Zoë's signed sessions are kept for the clinic's retention period: not deleted before.
  const zoe = page.getByRole('button', { name: 'Delete Zoë Martin forever…' })
  await expect(zoe).toBeDisabled()
  await expect(zoe).toHaveAccessibleDescription(
    /^Kept until \d{1,2} \w{3} 2036: \d+ signed sessions, kept 10 years after the last/
  )

  // A patient with nothing signed can be deleted for good.
  await page.goto('/index.html#/patients/new')
  await page.getByLabel('First name').fill('Nora')
  await page.getByLabel('Last name').fill('Quist')
  await page.getByRole('button', { name: 'Add patient' }).click()
  await expect(page.getByRole('heading', { name: 'Nora Quist', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'More' }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await page.getByRole('link', { name: 'Trash (2)' }).click()
  await page.getByRole('button', { name: 'Delete Nora Quist forever…' }).click()
  const purge = page.getByRole('dialog', { name: 'Delete Nora Quist forever?' })
  await expect(purge).toContainText('cannot be undone')
  await purge.getByRole('button', { name: 'Delete forever' }).click()
  await expect(page.getByRole('list', { name: 'Patients in the trash' })).not.toContainText(
    'Nora Quist'
  )
  await expect(page.getByRole('list', { name: 'Patients in the trash' })).toContainText(
    'Zoë Martin'
  )
})

test('bad patient input is refused next to each field and nothing is saved', async ({ page }) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/patients/new')
  await page.getByLabel('Date of birth').fill('2030-01-01')
  await page.getByLabel('Email').fill('renee@')
  await page.getByLabel('Weekly volume (km/week)').fill('lots')
  await page.getByRole('button', { name: 'Add patient' }).click()

  await expect(page.getByText('5 things need fixing before this can be saved.')).toBeVisible()
  const errorOf = (label: string) =>
    page.getByLabel(label).locator('xpath=..').locator('.field__error')
  await expect(errorOf('First name')).toHaveText('Enter a first name')
  await expect(errorOf('Last name')).toHaveText('Enter a last name')
  await expect(errorOf('Date of birth')).toHaveText('Date of birth cannot be in the future')
  await expect(errorOf('Email')).toHaveText('Enter an email like name@example.com')
  await expect(errorOf('Weekly volume (km/week)')).toHaveText('Weekly volume is a number')
  await expect(page.getByLabel('First name')).toBeFocused()

  await page.getByLabel('First name').fill('Ada')
  await page.getByLabel('Last name').fill('Quill')
  await page.getByLabel('Date of birth').fill('1890-01-01')
  await page.getByLabel('Email').fill('')
  await page.getByLabel('Weekly volume (km/week)').fill('')
  await page.getByRole('button', { name: 'Add patient' }).click()
  await expect(errorOf('Date of birth')).toHaveText(
    'Date of birth gives an age over 120: check the year'
  )

  // Leaving a form with changes asks first; Escape on a clean form just goes back.
  await page.keyboard.press('Escape')
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' })
  await expect(discard).toBeVisible()
  await discard.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await expect(page.getByText('12 active patients')).toBeVisible()
  await patientSearch(page).fill('quill')
  await expect(page.getByText('No active patient matches “quill”.')).toBeVisible()

  await page.goto('/index.html#/patients/demo-p-01/edit')
  await expect(page.getByLabel('First name')).toHaveValue('Zoë')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
})

test('the patient list pages with the keyboard and sorts by name', async ({ page }) => {
  await loadDemoClinic(page)
  await addPatient(page, { firstName: 'Aaron', lastName: 'Zimmer' })
  await page.goto('/index.html#/patients')
  // Just added, so first when the most recently seen come first.
  await expect(patientOptions(page).first()).toContainText('Aaron Zimmer')
  await page
    .getByRole('radiogroup', { name: 'Sort patients' })
    .getByRole('radio', { name: 'By name' })
    .check()
  await expect(patientOptions(page).first()).toContainText('Chloé Dubois')
  await expect(patientOptions(page).last()).toContainText('Aaron Zimmer')

  const search = patientSearch(page)
  await search.focus()
  await search.press('ArrowDown')
  await search.press('ArrowDown')
  const activeId = await search.getAttribute('aria-activedescendant')
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-posinset', '3')
  await search.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Patients')
})
