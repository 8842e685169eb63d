import { expect, loadDemoClinic, openApp, test, reloadAndUnlock } from './fixtures'

test('a new clinic sees the welcome screen with both ways to start', async ({ page }) => {
  await openApp(page)
  await expect(page.getByRole('heading', { name: 'Welcome to Racepoint' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Load demo clinic' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeEnabled()
})

test('the demo clinic loads, lists its twelve runners and survives a reload', async ({ page }) => {
  await loadDemoClinic(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(
    'Riverside Running Physio'
  )

  await page.getByRole('link', { name: /Patients/ }).click()
  await expect(page.getByText('12 active patients')).toBeVisible()
  await expect(page.getByRole('listbox', { name: 'Patients' }).getByRole('option')).toHaveCount(12)

  await reloadAndUnlock(page)
  await expect(page.getByText('12 active patients')).toBeVisible()
  await expect(page.getByRole('option', { name: /Zoë Martin/ })).toBeVisible()
})

test('starting empty asks for the clinic and the therapist, and refuses a blank form', async ({
  page
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Start empty' }).click()
  await expect(page.getByText('Enter the clinic’s name')).toBeVisible()
  await expect(page.getByText('Enter your name: sessions record who treated')).toBeVisible()

  await page.getByLabel('Clinic name').fill('Harbour Physio')
  await page.getByLabel('Your name').fill('Ana Ruiz')
  await page.getByRole('button', { name: 'Start empty' }).click()

  // The first therapist owns the clinic: they choose a passphrase and keep the recovery code.
  await expect(page.getByRole('heading', { name: 'Protect Harbour Physio' })).toBeVisible()
  await expect(page.getByLabel('The clinic’s owner')).toHaveValue(/.+/)
  await page.getByLabel('Passphrase', { exact: true }).fill('password1')
  await page.getByLabel('The same passphrase again').fill('password1')
  await page.getByRole('button', { name: 'Set passphrase' }).click()
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /most common passwords/
  )
  await page.getByLabel('Passphrase', { exact: true }).fill('harbour lights at six')
  await page.getByLabel('The same passphrase again').fill('harbour lights at six')
  await page.getByRole('button', { name: 'Set passphrase' }).click()
  const code = page.getByLabel('Recovery code', { exact: true })
  await expect(code).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/)
  await expect(page.getByRole('button', { name: 'Open the clinic' })).toBeDisabled()
  await page.getByLabel('I have kept the recovery code').check()
  await page.getByRole('button', { name: 'Open the clinic' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByText('Signed in as Ana Ruiz')).toBeVisible()

  await page.getByRole('link', { name: /Patients/ }).click()
  await expect(page.getByText('No patients yet')).toBeVisible()
  await reloadAndUnlock(page, { name: 'Ana Ruiz', passphrase: 'harbour lights at six' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Harbour Physio')
})

test('search finds a patient whatever the accents and case, and Enter opens them', async ({
  page
}) => {
  await loadDemoClinic(page)
  await page.goto('/index.html#/patients')
  const search = page.getByRole('combobox', { name: 'Search patients by name' })
  await search.fill('zoe')
  await expect(page.getByRole('option')).toHaveCount(1)
  await expect(page.getByRole('option')).toContainText('Zoë Martin')
  await search.press('Enter')
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Next race')).toContainText('Portland Marathon')
  await expect(page.getByLabel('Next race')).toContainText('in 9 days')
})
