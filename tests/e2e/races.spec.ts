import { expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'
import { addPatient } from './patientHelpers'

test.use({ locale: 'en-US' })

test('two races on a patient: countdown, race window, and the clinic-wide Races view', async ({
  page
}) => {
  await loadDemoClinic(page)
  await addPatient(page, { firstName: 'Maëlle', lastName: 'Quinn' })
  await page
    .getByRole('navigation', { name: 'Patient record' })
    .getByRole('link', { name: 'Races' })
    .click()
  await expect(page.getByText('No races on the calendar.')).toBeVisible()

  await page.getByRole('button', { name: 'Add race' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a race for Maëlle Quinn' })
  await dialog.getByLabel('Race name').fill('Harbour Half')
  await dialog.getByLabel('Race date').fill('2026-03-28')
  await dialog.getByLabel('Distance').selectOption('Half marathon')
  await dialog.getByRole('radio', { name: /A race/ }).check()
  await dialog.getByLabel('Goal time').fill('1:45:00')
  await dialog.getByLabel('Goal time').press('Enter')
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Add race' }).click()
  await dialog.getByLabel('Race name').fill('Bridge Ten Miler')
  await dialog.getByLabel('Race date').fill('2026-04-19')
  await dialog.getByLabel('Distance').selectOption('Custom distance')
  await dialog.getByLabel('Custom distance').fill('10')
  await dialog.getByLabel('Unit').selectOption('miles')
  await dialog.getByRole('radio', { name: /B race/ }).check()
  await dialog.getByRole('button', { name: 'Add race' }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByLabel('Next race')).toContainText('Harbour Half')
  await expect(page.getByLabel('Next race')).toContainText('in 12 days')
  const upcoming = page.getByRole('list', { name: 'Upcoming races' })
  await expect(upcoming.getByRole('listitem')).toHaveCount(2)
  await expect(upcoming.getByRole('listitem').first()).toContainText('goal 1:45:00')
  await expect(upcoming.getByRole('listitem').last()).toContainText('10 mi')
  await expect(upcoming.getByRole('listitem').last()).toContainText('in 34 days')
  await expect(page.getByText(/Race window/)).toBeHidden()

  // Moved to 5 days away, the A race's 7-day window covers today: a warning, never a block.
  await page.getByRole('button', { name: 'Edit Harbour Half' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Harbour Half' })
  await expect(edit.getByLabel('Goal time')).toHaveValue('1:45:00')
  await edit.getByLabel('Race date').fill('2026-03-21')
  await edit.getByRole('button', { name: 'Save race' }).click()
  await expect(page.getByLabel('Next race')).toContainText('in 5 days')
  await expect(page.getByRole('note')).toContainText(
    "Harbour Half (A race) is in 5 days: needling now falls inside the clinic's 7-day window before an A race."
  )
  await expect(page.getByRole('link', { name: 'Log session' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Races' }).click()
  await expect(page.getByRole('heading', { name: 'Races', level: 1 })).toBeVisible()
  const thisWeek = page.getByRole('region', { name: /This week/ })
  await expect(thisWeek).toContainText('Harbour Half')
  await expect(thisWeek).toContainText('Maëlle Quinn')
  await expect(thisWeek.getByRole('listitem').filter({ hasText: 'Harbour Half' })).toContainText(
    'Race window'
  )
  const inFourWeeks = page.getByRole('region', { name: /In 4 weeks/ })
  await expect(inFourWeeks).toContainText('Bridge Ten Miler')
  await expect(inFourWeeks).toContainText('in 34 days')

  await page.getByRole('radio', { name: '4 weeks' }).check()
  await expect(page.getByText('Bridge Ten Miler')).toBeHidden()
  await expect(page.getByRole('region', { name: /In 4 weeks/ })).toHaveCount(0)

  await thisWeek.getByRole('link', { name: 'Maëlle Quinn' }).click()
  await expect(page.getByRole('heading', { name: 'Maëlle Quinn', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Delete Bridge Ten Miler' }).click()
  await page
    .getByRole('dialog', { name: 'Delete Bridge Ten Miler?' })
    .getByRole('button', { name: 'Delete race' })
    .click()
  await expect(
    page.getByRole('list', { name: 'Upcoming races' }).getByRole('listitem')
  ).toHaveCount(1)
})

test('bad race input is refused next to each field and nothing is saved', async ({ page }) => {
  await loadDemoClinic(page)
  await addPatient(page, { firstName: 'Ines', lastName: 'Park' })
  await page
    .getByRole('navigation', { name: 'Patient record' })
    .getByRole('link', { name: 'Races' })
    .click()
  await page.getByRole('button', { name: 'Add race' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a race for Ines Park' })
  const errorOf = (label: string) =>
    dialog.getByLabel(label).locator('xpath=..').locator('.field__error')

  await dialog.getByRole('button', { name: 'Add race' }).click()
  await expect(errorOf('Race name')).toHaveText('Enter the race name')
  await expect(errorOf('Race date')).toHaveText('Enter a date')
  await expect(dialog.getByText('Choose priority A, B or C')).toBeVisible()
  await expect(dialog.getByLabel('Race name')).toBeFocused()

  await dialog.getByLabel('Race name').fill('Leap Day 10K')
  // 30 February typed into the date field: the browser keeps no value, the form says why.
  await dialog.getByLabel('Race date').click()
  await page.keyboard.type('02302026')
  await dialog.getByLabel('Distance').selectOption('Custom distance')
  await dialog.getByLabel('Custom distance').fill('0')
  await dialog.getByRole('radio', { name: /C race/ }).check()
  await dialog.getByLabel('Goal time').fill('45 min')
  await dialog.getByRole('button', { name: 'Add race' }).click()

  await expect(errorOf('Race date')).toHaveText(
    'That is not a real date: check the day, month and year'
  )
  await expect(errorOf('Custom distance')).toHaveText('Enter a distance greater than zero')
  await expect(errorOf('Goal time')).toHaveText('Goal time is a time in h:mm:ss')
  await expect(errorOf('Race name')).toHaveCount(0)

  await dialog.getByLabel('Custom distance').fill('-5')
  await dialog.getByRole('button', { name: 'Add race' }).click()
  await expect(errorOf('Custom distance')).toHaveText('Enter a distance greater than zero')

  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('No races on the calendar.')).toBeVisible()
  await reloadAndUnlock(page)
  await expect(page.getByText('No races on the calendar.')).toBeVisible()
})
