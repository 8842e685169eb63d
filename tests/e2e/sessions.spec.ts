import { DEMO_MAYA, expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'
import {
  clickBodyMap,
  DEMO,
  muscleRow,
  openNewSession,
  painScale,
  sessionHeading,
  tabTo
} from './sessionHelpers'

test.beforeEach(async ({ page }) => {
  await loadDemoClinic(page)
})

test('a full session logged by keyboard only is saved and intact after a reload', async ({
  page
}) => {
  await page.goto(`/index.html#/patients/${DEMO.zoe}`)
  await expect(page.getByRole('heading', { name: 'Zoë Martin', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  // Prefilled: now, the clinic's default therapist, the patient's diagnosis.
  await expect(page.getByLabel('Date and time')).toHaveValue('2026-03-16T09:00')
  // Everything before it is prefilled, so the form opens on consent.
  await expect(page.getByRole('checkbox', { name: /Consent to needling confirmed/ })).toBeFocused()
  await expect(page.getByLabel('Therapist')).toHaveValue('demo-t-1')
  await expect(page.getByLabel('Diagnosis / presenting complaint')).toHaveValue('IT band syndrome')

  await tabTo(page, page.getByRole('checkbox', { name: /Consent to needling confirmed/ }))
  await page.keyboard.press('Space')
  await tabTo(page, painScale(page, 'Pain before').getByRole('radio', { name: '0', exact: true }))
  await page.keyboard.press('7')
  await tabTo(page, page.getByLabel('PPT before (kg/cm²)'))
  await page.keyboard.type('3,4')

  const first = muscleRow(page, 1)
  await tabTo(page, first.getByRole('combobox', { name: 'Muscle' }))
  await page.keyboard.type('tfl')
  await page.keyboard.press('Enter')
  await expect(first.getByRole('combobox', { name: 'Muscle' })).toHaveValue('Tensor fasciae latae')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(first.getByRole('radio', { name: 'Left' })).toBeChecked()
  await tabTo(page, first.getByLabel('Needles'))
  await page.keyboard.type('2')
  await page.keyboard.press('Tab')
  await page.keyboard.type('6')
  await tabTo(page, first.getByLabel('Technique'))
  await page.keyboard.type('Pist')
  await tabTo(page, first.getByLabel('Dwell time', { exact: true }))
  await page.keyboard.type('30')
  await tabTo(page, first.getByLabel('Twitch responses'))
  await page.keyboard.type('3')
  await page.keyboard.press('Tab')
  await page.keyboard.press('5')
  await tabTo(page, first.getByRole('button', { name: 'Add point at muscle centre' }))
  await page.keyboard.press('Enter')
  await expect(first.getByRole('button', { name: /^Remove point/ })).toHaveCount(1)

  await tabTo(page, page.getByRole('button', { name: 'Add muscle' }))
  await page.keyboard.press('Enter')
  const second = muscleRow(page, 2)
  await expect(second.getByRole('combobox', { name: 'Muscle' })).toBeFocused()
  await page.keyboard.type('glute med')
  await page.keyboard.press('Tab')
  await expect(second.getByRole('combobox', { name: 'Muscle' })).toHaveValue('Gluteus medius')
  await page.keyboard.press('Space')
  await tabTo(page, second.getByLabel('Needles'))
  await page.keyboard.type('1')
  await tabTo(page, second.getByLabel('Needle size'))
  await page.keyboard.type('0.30')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Static')
  await page.keyboard.press('Tab')
  await page.keyboard.type('10')
  await page.keyboard.press('Tab')
  await page.keyboard.type('min')
  await page.keyboard.press('Tab')
  await page.keyboard.type('0')
  await tabTo(page, second.getByRole('button', { name: 'Add point at muscle centre' }))
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(second.getByRole('button', { name: /^Remove point/ })).toHaveCount(2)

  await tabTo(page, painScale(page, 'Pain after').getByRole('radio', { name: '0', exact: true }))
  await page.keyboard.press('2')
  await tabTo(page, page.getByRole('radio', { name: 'Good' }))
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Pain-free single-leg squat')
  await tabTo(page, page.getByLabel('Home exercises'))
  await page.keyboard.type('Side-lying hip abduction, 3 × 15')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Single-leg squat to a chair, 3 × 10')
  await page.keyboard.press('Control+Enter')

  await expect(sessionHeading(page)).toHaveText('Session · 16 Mar 2026, 09:00')
  await reloadAndUnlock(page)
  await expect(sessionHeading(page)).toHaveText('Session · 16 Mar 2026, 09:00')
  const table = page.getByRole('table', { name: 'Needled muscles' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row').nth(1)).toContainText(
    /Tensor fasciae latae.*Left.*2 needles, 6 insertions.*0\.25 × 30 mm.*Pistoning.*30 s.*3.*5 \/ 10.*1/
  )
  await expect(table.getByRole('row').nth(2)).toContainText(
    /Gluteus medius.*Left.*1 needle.*0\.30 × 50 mm.*Static.*10 min.*None.*–.*2/
  )
  const before = page.getByRole('region', { name: 'Visit and before needling' })
  await expect(before).toContainText('Maya Chen')
  await expect(before).toContainText('IT band syndrome')
  await expect(before).toContainText('Confirmed · written')
  await expect(before).toContainText('7 / 10')
  await expect(before).toContainText('3.4 kg/cm²')
  const after = page.getByRole('region', { name: 'After needling' })
  await expect(after).toContainText('2 / 10')
  await expect(after).toContainText('Good')
  await expect(after).toContainText('Pain-free single-leg squat')
  // The change within one session is described, never called clinically important.
  await expect(after).toContainText('Pain 7 → 2: down 5 points in the session')
  await expect(after).not.toContainText(/clinically important/i)
  await expect(page.getByRole('region', { name: 'Take-home and next steps' })).toContainText(
    'Single-leg squat to a chair, 3 × 10'
  )

  // Listed with the patient, and the new-session draft is gone.
  await page.goto(`/index.html#/patients/${DEMO.zoe}/sessions/new`)
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await expect(page.getByText('Draft restored.')).toHaveCount(0)
})

test('a session logged with the mouse keeps its body-map points, and a race warning never blocks', async ({
  page
}) => {
  await page.goto(`/index.html#/patients/${DEMO.siobhan}`)
  await page.getByRole('link', { name: 'Log session' }).click()
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await expect(page.getByRole('note', { name: 'Race window' })).toContainText(
    'Bridge City 10K (B race) is in 2 days'
  )

  await page.getByRole('checkbox', { name: /Consent to needling confirmed/ }).click()
  await painScale(page, 'Pain before').getByRole('radio', { name: '6', exact: true }).click()
  const row = muscleRow(page, 1)
  await row.getByRole('combobox', { name: 'Muscle' }).click()
  await row.getByRole('combobox', { name: 'Muscle' }).fill('sole')
  await page.getByRole('option', { name: /Soleus/ }).click()
  await row.getByRole('radio', { name: 'Right' }).click()
  const map = row.getByRole('application', { name: 'Insertion points: Soleus' })
  await clickBodyMap(map, { view: 'back', x: 59.5, y: 180 })
  await clickBodyMap(map, { view: 'back', x: 60, y: 192 })
  await clickBodyMap(map, { view: 'back', x: 58, y: 200 })
  await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(3)
  // A click on a point takes it away again.
  await clickBodyMap(map, { view: 'back', x: 60, y: 192 })
  await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(2)
  await expect(row.getByRole('button', { name: 'Remove point 1 (back, right)' })).toBeVisible()

  await row.getByLabel('Needles').fill('2')
  await row.getByLabel('Needle size').selectOption({ label: '0.30 × 60 mm' })
  await row.getByLabel('Technique').selectOption({ label: 'Electrical stimulation' })
  await row.getByLabel('Frequency (Hz)').fill('2')
  await row.getByLabel('Stimulation (min)').fill('15')
  await row.getByLabel('Dwell time', { exact: true }).fill('15')
  await row.getByLabel('Dwell time unit').selectOption('min')
  await row.getByLabel('Twitch responses').fill('1')
  await painScale(row, 'Pain during').getByRole('radio', { name: '4', exact: true }).click()

  await painScale(page, 'Pain after').getByRole('radio', { name: '4', exact: true }).click()
  await page.getByRole('radio', { name: 'Fair' }).click()
  await page.getByRole('button', { name: 'Add adverse event' }).click()
  const event = page.getByRole('group', { name: 'Adverse event 1' })
  await event.getByLabel('What happened').selectOption({ label: 'Bruising' })
  await event.getByLabel('Class').selectOption({ label: 'Mild' })
  await event.getByLabel('Note').fill('Small bruise at the calf')
  await expect(
    page.getByRole('checkbox', { name: 'Do not race in the next 72 hours.' })
  ).toBeChecked()
  await page.getByRole('checkbox', { name: /Easy running is fine/ }).click()
  await page.getByLabel('Next appointment').fill('2026-03-20T16:30')
  await page.getByRole('button', { name: /Save session/ }).click()

  await expect(sessionHeading(page)).toHaveText('Session · 16 Mar 2026, 09:00')
  await reloadAndUnlock(page)
  const table = page.getByRole('table', { name: 'Needled muscles' })
  await expect(table.getByRole('row').nth(1)).toContainText(
    /Soleus.*Right.*2 needles.*0\.30 × 60 mm.*Electrical stimulation, 2 Hz for 15 min.*15 min.*1.*4 \/ 10.*2/
  )
  const map2 = page.getByRole('img', { name: 'Insertion points of this session' })
  await expect(map2.locator('circle.body-map__marker')).toHaveCount(2)
  const after = page.getByRole('region', { name: 'After needling' })
  await expect(after).toContainText('Fair')
  await expect(after).toContainText(/Mild\s*Bruising · Small bruise at the calf/)
  const takeHome = page.getByRole('region', { name: 'Take-home and next steps' })
  await expect(takeHome).toContainText('Do not race in the next 72 hours.')
  await expect(takeHome).not.toContainText('Easy running is fine')
  await expect(takeHome).toContainText('20 Mar 2026, 16:30')

  // The saved points reopen in the form where they were placed.
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByRole('heading', { name: 'Edit session', level: 1 })).toBeVisible()
  await expect(muscleRow(page, 1).getByRole('button', { name: /^Remove point/ })).toHaveCount(2)
})

test('a draft survives a reload and a switch of patient, until it is discarded', async ({
  page
}) => {
  await openNewSession(page, DEMO.aiko)
  await page.getByLabel('Diagnosis / presenting complaint').fill('Proximal hamstring pain')
  await painScale(page, 'Pain before').getByRole('radio', { name: '5', exact: true }).click()
  const row = muscleRow(page, 1)
  await row.getByRole('combobox', { name: 'Muscle' }).fill('biceps fem')
  await row.getByRole('combobox', { name: 'Muscle' }).press('Enter')
  await row.getByRole('radio', { name: 'Left' }).check()
  await row.getByRole('button', { name: 'Add point at muscle centre' }).click()
  await page.getByLabel('Notes').fill('Typed just before the reload')
  // No waiting for the draft: reloading at once is what a crash or a closed window looks like.
  await reloadAndUnlock(page)

  await expect(page.getByText('Draft restored.')).toBeVisible()
  await expect(page.getByLabel('Diagnosis / presenting complaint')).toHaveValue(
    'Proximal hamstring pain'
  )
  await expect(
    painScale(page, 'Pain before').getByRole('radio', { name: '5', exact: true })
  ).toBeChecked()
  await expect(row.getByRole('combobox', { name: 'Muscle' })).toHaveValue('Biceps femoris')
  await expect(row.getByRole('radio', { name: 'Left' })).toBeChecked()
  await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(1)
  await expect(page.getByLabel('Notes')).toHaveValue('Typed just before the reload')

  // Another patient's form starts clean; coming back finds this one's draft.
  await page.getByLabel('Notes').fill('Typed just before the reload, then more')
  await openNewSession(page, DEMO.mateus)
  await expect(page.getByText('Draft restored.')).toHaveCount(0)
  await expect(page.getByLabel('Notes')).toHaveValue('')
  await page.goto(`/index.html#/patients/${DEMO.aiko}`)
  await page
    .getByRole('note', { name: 'Unsaved session' })
    .getByRole('link', { name: 'Resume' })
    .click()
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Notes')).toHaveValue('Typed just before the reload, then more')

  await page
    .getByRole('status')
    .filter({ hasText: 'Draft restored.' })
    .getByRole('button', { name: 'Discard draft' })
    .click()
  await page
    .getByRole('dialog', { name: 'Discard this draft?' })
    .getByRole('button', { name: 'Discard draft' })
    .click()
  await expect(page.getByLabel('Notes')).toHaveValue('')
  await expect(page.getByLabel('Diagnosis / presenting complaint')).toHaveValue(
    'Hamstring tendinopathy'
  )
  await reloadAndUnlock(page)
  await expect(page.getByRole('heading', { name: 'Log session', level: 1 })).toBeVisible()
  await expect(page.getByText('Draft restored.')).toHaveCount(0)
  await expect(page.getByLabel('Notes')).toHaveValue('')
  await page.goto(`/index.html#/patients/${DEMO.aiko}`)
  await expect(page.getByRole('heading', { name: 'Aiko Tanaka', level: 1 })).toBeVisible()
  await expect(page.getByRole('note', { name: 'Unsaved session' })).toHaveCount(0)
})

test('an open session can be edited; unsaved edits are kept and must be saved before signing', async ({
  page
}) => {
  await page.goto(`/index.html#/patients/${DEMO.mateus}/sessions`)
  await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click()
  await expect(sessionHeading(page)).toBeVisible()
  const heading = await sessionHeading(page).innerText()

  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByRole('heading', { name: 'Edit session', level: 1 })).toBeVisible()
  await page.getByLabel('Notes').fill('Knee settled after the second muscle')
  await page.getByRole('link', { name: 'Close' }).click()

  await expect(sessionHeading(page)).toHaveText(heading)
  await expect(page.getByRole('note').filter({ hasText: 'Unsaved edits.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Finalise (sign)' })).toBeDisabled()
  await page.getByRole('link', { name: 'Resume editing' }).click()
  await expect(page.getByText('Draft restored.')).toBeVisible()
  await expect(page.getByLabel('Notes')).toHaveValue('Knee settled after the second muscle')
  await page.getByRole('button', { name: /Save changes/ }).click()

  await expect(sessionHeading(page)).toHaveText(heading)
  await expect(page.getByRole('region', { name: 'Take-home and next steps' })).toContainText(
    'Knee settled after the second muscle'
  )
  await expect(page.getByRole('note').filter({ hasText: 'Unsaved edits.' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Finalise (sign)' })).toBeEnabled()
})

test('"Same as last time" prefills the muscles, sides, points and technique of the last session', async ({
  page
}) => {
  // What the last session holds, read from its own page.
  await page.goto(`/index.html#/patients/${DEMO.tomas}/sessions`)
  await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click()
  const table = page.getByRole('table', { name: 'Needled muscles' })
  await expect(table).toBeVisible()
  const rows = table.getByRole('row')
  const count = (await rows.count()) - 1
  const last: { muscle: string; side: string; technique: string; points: number }[] = []
  for (let i = 1; i <= count; i++) {
    const cells = rows.nth(i).getByRole('cell')
    last.push({
      // The cell starts with the muscle's marker key: its number on the body map.
      muscle: (await cells.nth(0).innerText())
        .replace(/Lung field/, '')
        .replace(/^\s*\d+\s*/, '')
        .trim(),
      side: (await cells.nth(1).innerText()).trim(),
      technique: (await cells.nth(4).innerText()).split(',')[0]!.trim(),
      points: Number(await cells.nth(9).innerText())
    })
  }
  expect(last.length).toBeGreaterThan(0)

  await openNewSession(page, DEMO.tomas)
  await page.getByRole('button', { name: /^Same as last time/ }).click()
  for (const [i, expected] of last.entries()) {
    const row = muscleRow(page, i + 1)
    await expect(row.getByRole('combobox', { name: 'Muscle' })).toHaveValue(expected.muscle)
    await expect(row.getByRole('radio', { name: expected.side })).toBeChecked()
    await expect(row.getByLabel('Technique').locator('option:checked')).toHaveText(
      new RegExp(`^${expected.technique.split(' ')[0]}`)
    )
    await expect(row.getByRole('button', { name: /^Remove point/ })).toHaveCount(expected.points)
    // What happened last time is not copied.
    await expect(row.getByLabel('Twitch responses')).toHaveValue('')
  }
  await expect(muscleRow(page, last.length + 1)).toHaveCount(0)

  // Then adjusted: one muscle fewer, and it saves.
  if (last.length > 1) {
    await page.getByRole('button', { name: `Remove muscle ${last.length}` }).click()
  }
  await expect(muscleRow(page, 1).getByRole('combobox', { name: 'Muscle' })).toHaveValue(
    last[0]!.muscle
  )
})

test('a finalised session refuses edits but takes dated amendments and follow-ups', async ({
  page
}) => {
  // The demo's most recent session for each runner is still open.
  await page.goto(`/index.html#/patients/${DEMO.jose}/sessions`)
  await page.getByRole('table', { name: 'Sessions' }).getByRole('link').first().click()
  await expect(sessionHeading(page)).toBeVisible()
  await expect(page.getByText('Open', { exact: true })).toBeVisible()
  const sessionUrl = page.url()
  const painAfter = await page
    .getByRole('region', { name: 'After needling' })
    .locator('dd')
    .first()
    .innerText()

  await page.getByRole('button', { name: 'Finalise (sign)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Finalise and sign this session?' })
  // Signing is a deliberate act: the signed-in therapist's passphrase is asked for again.
  await expect(dialog).toContainText('Signed by Maya Chen')
  await dialog.getByLabel('Your passphrase').fill('not my passphrase')
  await dialog.getByRole('button', { name: 'Finalise and sign' }).click()
  await expect(dialog.getByLabel('Your passphrase')).toHaveAccessibleDescription(
    /^That did not work/
  )
  await expect(page.getByText('Open', { exact: true })).toBeVisible()
  await dialog.getByLabel('Your passphrase').fill(DEMO_MAYA.passphrase)
  await dialog.getByRole('button', { name: 'Finalise and sign' }).click()
  await expect(page.getByText(/Finalised and signed by Maya Chen on/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Finalise (sign)' })).toHaveCount(0)

  // The edit address itself refuses.
  await page.goto(sessionUrl.replace(/#(.*)$/, '#$1/edit'))
  await expect(page.getByRole('heading', { name: 'This session is finalised' })).toBeVisible()
  await page.getByRole('link', { name: 'Open the session' }).click()

  const amendments = page.getByRole('region', { name: 'Amendments' })
  await amendments.getByRole('button', { name: 'Add amendment' }).click()
  await expect(amendments.getByText('Write the amendment')).toBeVisible()
  await amendments
    .getByLabel('Amendment', { exact: true })
    .fill('Pain after was reported again at 10:15: 1/10.')
  await amendments.getByRole('button', { name: 'Add amendment' }).click()
  const list = amendments.getByRole('list', { name: 'Amendments' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText('16 Mar 2026, 09:00 · Maya Chen')
  await expect(list).toContainText('Pain after was reported again at 10:15: 1/10.')

  const followUps = page.getByRole('region', { name: 'Follow-up soreness' })
  await followUps.getByLabel('Checkpoint').selectOption({ label: '48 hours' })
  await followUps.getByRole('button', { name: 'Add follow-up' }).click()
  await expect(followUps.getByText('Rate the soreness from 0 to 10')).toBeVisible()
  await painScale(followUps, 'Soreness').getByRole('radio', { name: '3', exact: true }).click()
  await followUps.getByLabel('Note').fill('Phone call: easing')
  await followUps.getByRole('button', { name: 'Add follow-up' }).click()
  await expect(followUps.getByRole('list', { name: 'Follow-ups' })).toContainText(
    /48 hours\s*Soreness 3 \/ 10\s*Phone call: easing/
  )

  await reloadAndUnlock(page)
  await expect(list).toContainText('Pain after was reported again at 10:15: 1/10.')
  // The signed record is kept as it was.
  await expect(
    page.getByRole('region', { name: 'After needling' }).locator('dd').first()
  ).toHaveText(painAfter)
  await expect(page.getByText('Final', { exact: true })).toBeVisible()
})

test('invalid input is refused with the right message next to each field, and nothing is saved', async ({
  page
}) => {
  await page.goto(`/index.html#/patients/${DEMO.liam}/sessions`)
  await expect(page.getByText('4 in total')).toBeVisible()
  await openNewSession(page, DEMO.liam)
  await page.getByLabel('Diagnosis / presenting complaint').fill('')
  await page.getByLabel('PPT before (kg/cm²)').fill('25')
  await page.getByRole('button', { name: /Save session/ }).click()

  await expect(page.getByText(/^Not saved\. \d+ things need fixing/)).toBeVisible()
  await expect(page.getByLabel('Diagnosis / presenting complaint')).toBeFocused()
  await expect(page.getByLabel('Diagnosis / presenting complaint')).toHaveAccessibleDescription(
    'Enter the diagnosis or presenting complaint'
  )
  await expect(
    page.getByRole('checkbox', { name: /Consent to needling confirmed/ })
  ).toHaveAccessibleDescription('Confirm the patient consented before needling')
  await expect(page.getByLabel('PPT before (kg/cm²)')).toHaveAccessibleDescription(
    'Pressure pain threshold looks too high (kg/cm²)'
  )
  const row = muscleRow(page, 1)
  await expect(row.getByRole('combobox', { name: 'Muscle' })).toHaveAccessibleDescription(
    'Choose a muscle from the list'
  )
  await expect(row.getByRole('radio', { name: 'Left' })).toHaveAccessibleDescription(
    'Choose left, right or both sides'
  )
  await expect(row.getByLabel('Needles')).toHaveAccessibleDescription('Enter the number of needles')
  await expect(row.getByLabel('Technique')).toHaveAccessibleDescription('Choose a technique')
  await expect(row.getByLabel('Twitch responses')).toHaveAccessibleDescription(
    'Enter the twitch responses (0 for none)'
  )

  // Fixing a field clears its message; out-of-range and missing e-stim settings are refused too.
  await row.getByRole('combobox', { name: 'Muscle' }).fill('trap')
  await row.getByRole('combobox', { name: 'Muscle' }).press('Enter')
  await expect(row.getByRole('note')).toContainText(
    'Pneumothorax precaution: Upper trapezius lies over the lung fields.'
  )
  await expect(row.getByText('Choose a muscle from the list')).toHaveCount(0)
  await row.getByLabel('Needles').fill('0')
  await row.getByLabel('Technique').selectOption({ label: 'Electrical stimulation' })
  await row.getByLabel('Stimulation (min)').fill('90')
  await page.getByRole('button', { name: /Save session/ }).click()
  await expect(row.getByLabel('Needles')).toHaveAccessibleDescription('At least one needle')
  await expect(row.getByLabel('Frequency (Hz)')).toHaveAccessibleDescription(
    'Enter the frequency in Hz'
  )
  await expect(row.getByLabel('Stimulation (min)')).toHaveAccessibleDescription(
    'At most 60 minutes'
  )

  // With no muscle at all, a needling session says so.
  await page.getByRole('button', { name: 'Remove muscle 1' }).click()
  await page.getByRole('button', { name: /Save session/ }).click()
  await expect(page.getByText('Add at least one needled muscle', { exact: true })).toBeVisible()

  await page.goto(`/index.html#/patients/${DEMO.liam}/sessions`)
  await expect(page.getByText('4 in total')).toBeVisible()
})

test('Print from a saved session opens its take-home sheet to preview', async ({ page }) => {
  await page.goto('/index.html#/patients/demo-p-01/sessions/demo-s-01-0009')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session ·')
  await page.keyboard.press('Control+p')
  await expect(page).toHaveURL(/#\/patients\/demo-p-01\/sessions\/demo-s-01-0009\/sheet$/)
  await expect(page.getByRole('heading', { name: 'Recovery sheet' })).toBeVisible()
})

test('a back-dated session takes consent on its own day, never after, and says screening was not asked', async ({
  page
}) => {
  await page.goto('/index.html#/patients/new')
  await page.getByLabel('First name').fill('Nora')
  await page.getByLabel('Last name').fill('Quist')
  await page.getByRole('button', { name: 'Add patient' }).click()
  await expect(page.getByRole('heading', { name: 'Nora Quist', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Log session' }).click()
  await expect(page.getByText('Screening has not been reviewed for this patient.')).toBeVisible()

  await page.getByLabel('Date and time').fill('2026-03-02T09:00')
  await page.getByLabel('Diagnosis / presenting complaint').fill('Calf strain')
  await page.getByLabel('Needling performed').uncheck()
  await page.getByLabel(/^Consent to needling confirmed/).check()
  await expect(page.getByText('Given the day of the session (2 Mar 2026)')).toBeVisible()
  await page.getByRole('button', { name: 'Change consent date' }).click()
  await expect(page.getByLabel('Given on')).toBeFocused()
  await expect(page.getByLabel('Given on')).toHaveValue('2026-03-02')
  await painScale(page, 'Pain before').getByRole('radio', { name: '4', exact: true }).click()

  await page.getByLabel('Given on').fill('2026-03-10')
  await page.getByRole('button', { name: /Save session/ }).click()
  await expect(page.getByLabel('Given on')).toHaveAccessibleDescription(
    'Consent comes before needling: its date cannot be after the session (2 Mar 2026)'
  )
  await page.getByLabel('Given on').fill('2026-03-02')
  await page.getByRole('button', { name: /Save session/ }).click()

  await expect(sessionHeading(page)).toHaveText('Session · 2 Mar 2026, 09:00')
  const before = page.getByRole('region', { name: 'Before needling' })
  await expect(before).not.toContainText('No precautions')
  await expect(before).toContainText('Screening not done: none of the 10 questions was asked')
  await expect(before).toContainText('2 Mar 2026')
})
