import { expect, loadDemoClinic, signIn, test } from './fixtures'
import { DEMO, openNewSession } from './sessionHelpers'

/**
 * The same form open in two windows (the browser build's tabs): an untouched window follows
 * what the other types, and when both have typing of their own, neither is written over the
 * other without the therapist choosing.
 */
test('a session draft open in two windows is never silently overwritten', async ({ page }) => {
  await loadDemoClinic(page)
  const other = await page.context().newPage()
  // Each window signs in on its own.
  await other.goto('/index.html#/today')
  await signIn(other)
  await openNewSession(page, DEMO.liam)
  await page.getByLabel('Notes').fill('Typed in the first window')
  await page.getByLabel('Notes').press('Tab')
  await expect(page.getByText(/^Draft saved/)).toBeVisible()

  await openNewSession(other, DEMO.liam)
  await expect(other.getByText('Draft restored.')).toBeVisible()
  await expect(other.getByLabel('Notes')).toHaveValue('Typed in the first window')

  // The second window has nothing of its own: it follows the first.
  await page.getByLabel('Notes').fill('Typed in the first window, then more')
  await page.getByLabel('Notes').press('Tab')
  await expect(other.getByLabel('Notes')).toHaveValue('Typed in the first window, then more')

  // Both type at once: one window's draft lands first, the other is told and asked.
  await page.getByLabel('Notes').pressSequentially(' A')
  await other.getByLabel('Notes').fill('Second window’s own words')
  await other.getByLabel('Notes').press('Tab')
  const alerts = [page, other].map((p) =>
    p.getByRole('alert', { name: 'Changed in another window' })
  )
  await expect.poll(async () => (await alerts[0]!.count()) + (await alerts[1]!.count())).toBe(1)
  const asked = (await alerts[0]!.count()) === 1 ? page : other
  const told = asked === page ? other : page
  const mine = await asked.getByLabel('Notes').inputValue()
  await asked.getByRole('button', { name: 'Keep this window’s version' }).click()
  await expect(asked.getByRole('alert', { name: 'Changed in another window' })).toHaveCount(0)
  // The window that was not asked had nothing unsaved: it now shows the version kept.
  await expect(told.getByLabel('Notes')).toHaveValue(mine)
  await other.close()
})

test('a patient edited in two windows keeps both changes, and asks when both changed one field', async ({
  page
}) => {
  await loadDemoClinic(page)
  const other = await page.context().newPage()
  await other.goto('/index.html#/today')
  await signIn(other)
  const edit = `/index.html#/patients/${DEMO.liam}/edit`
  await page.goto(edit)
  await other.goto(edit)
  await expect(page.getByLabel('Phone')).toBeVisible()
  await expect(other.getByLabel('Phone')).toBeVisible()

  // Different fields: the second save keeps the first one's change without asking.
  await other.getByLabel('Phone').fill('555-0199')
  await other.getByRole('button', { name: 'Save changes' }).click()
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Edit patient')
  await page.getByLabel('Email').fill('liam.new@example.com')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.goto(`/index.html#/patients/${DEMO.liam}`)
  await expect(page.getByText('555-0199')).toBeVisible()
  await expect(page.getByText('liam.new@example.com')).toBeVisible()

  // The same field, typed in both: nothing is overwritten until the therapist chooses.
  await page.goto(edit)
  await other.goto(edit)
  await page.getByLabel('Phone').fill('555-0222')
  await other.getByLabel('Phone').fill('555-0111')
  await other.getByRole('button', { name: 'Save changes' }).click()
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Edit patient')
  await page.getByRole('button', { name: 'Save changes' }).click()
  const dialog = page.getByRole('dialog', { name: /was changed elsewhere$/ })
  await expect(dialog).toContainText('555-0111')
  await expect(dialog).toContainText('555-0222')
  await dialog.getByRole('button', { name: 'Save mine where we differ' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.goto(`/index.html#/patients/${DEMO.liam}`)
  await expect(page.getByText('555-0222')).toBeVisible()

  // An untouched form follows a change saved elsewhere.
  await page.goto(edit)
  await other.goto(edit)
  await other.getByLabel('Phone').fill('555-0333')
  await other.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByLabel('Phone')).toHaveValue('555-0333')
  await other.close()
})
