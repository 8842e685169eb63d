import { expect, type Page } from '@playwright/test'

export type NewPatient = { firstName: string; lastName: string; dateOfBirth?: string }

/** Adds a patient through the form with just a name (and date of birth), landing on their page. */
export async function addPatient(page: Page, patient: NewPatient): Promise<void> {
  await page.goto('/index.html#/patients/new')
  await page.getByLabel('First name').fill(patient.firstName)
  await page.getByLabel('Last name').fill(patient.lastName)
  if (patient.dateOfBirth) await page.getByLabel('Date of birth').fill(patient.dateOfBirth)
  await page.getByRole('button', { name: 'Add patient' }).click()
  await expect(
    page.getByRole('heading', { name: `${patient.firstName} ${patient.lastName}`, level: 1 })
  ).toBeVisible()
}

/** The radio for one screening question ("Yes", "No", "Not asked"). */
export function screeningAnswer(page: Page, question: string, answer: 'Yes' | 'No' | 'Not asked') {
  return page
    .getByRole('radiogroup', { name: question })
    .getByRole('radio', { name: answer, exact: true })
}

export function patientSearch(page: Page) {
  return page.getByRole('combobox', { name: 'Search patients by name' })
}

export function patientOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Patients' }).getByRole('option')
}
