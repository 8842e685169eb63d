import { expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'
import { readRows } from './clinicData'
import { choosePaperSize, openSheet, patchRow, sheetPdf } from './sheetHelpers'

const A4 = /^594\.\d+ x 841\.\d+ pts \(A4\)$/
const LETTER = /^612 x 792 pts \(letter\)$/

const WARNING_SIGNS = [
  'Spreading redness, heat or fever at a needle site',
  'Bleeding that will not stop',
  'Numbness or weakness that persists'
]
const CHEST_WARNING = 'Shortness of breath or chest pain after needling near the chest'

test.beforeEach(async ({ page }) => {
  await loadDemoClinic(page)
})

test('a typical session prints on one A4 page with everything the runner needs', async ({
  page
}, testInfo) => {
  // Zoë Martin, 13 Feb 2026: outer thigh and side of the hip, pain 4 -> 2.
  await openSheet(page, 'demo-p-01', 'demo-s-01-0006')
  const sheet = page.getByRole('article', { name: 'Recovery sheet for Zoë Martin' })
  await expect(
    sheet.getByRole('list', { name: 'Treated muscles' }).getByRole('listitem')
  ).toHaveText([
    /Outer thigh \(quadriceps\), left side\s*Vastus lateralis/,
    /Side of the hip, left side\s*Gluteus medius/
  ])
  await expect(sheet.getByRole('img', { name: 'Where the needles went in' })).toBeVisible()
  await expect(page.getByText('A4 paper')).toBeVisible()

  const pdf = await sheetPdf(page, testInfo, 'zoe-a4')
  expect(pdf.pages).toBe(1)
  expect(pdf.pageSize).toMatch(A4)
  for (const text of [
    'Riverside Running Physio',
    '+1 503 555 0100',
    'Zoë Martin',
    'Friday 13 February 2026 · with Maya Chen',
    'Vastus lateralis',
    'Gluteus medius',
    'Outer thigh (quadriceps), left side',
    'like after a hard workout',
    '24–48 hours and gone by about 72 hours',
    'Keep moving gently',
    'Skip hard sessions',
    'Your next race, the Portland Marathon, is in 40 days (25 Mar 2026)',
    ...WARNING_SIGNS,
    'Call us on +1 503 555 0100 if you notice any of these',
    'Side-lying hip abduction, 3 × 15 each side',
    'Friday 20 February 2026 at 09:15'
  ]) {
    expect(pdf.text, text).toContain(text)
  }
  expect(pdf.text).toMatch(/Pain before 4\/10 → Pain after 2\/10/)
  expect(pdf.text).not.toContain(CHEST_WARNING)
  expect(pdf.text).not.toMatch(/[{}]/)
})

test('the sheet reads as a patient needs: 11 pt text, plain headings, real fonts, tagged', async ({
  page
}, testInfo) => {
  await openSheet(page, 'demo-p-11', 'demo-s-11-0003')
  await page.emulateMedia({ media: 'print' })
  const sizes = await page
    .locator('.sheet-body p, .sheet-body li')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize) * 0.75))
  const headings = await page.locator('.sheet-paper h2, .sheet-paper h3').evaluateAll((els) =>
    els.map((el) => ({
      pt: parseFloat(getComputedStyle(el).fontSize) * 0.75,
      transform: getComputedStyle(el).textTransform
    }))
  )
  await page.emulateMedia({ media: 'screen' })
  expect(sizes.length).toBeGreaterThan(5)
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11)
  for (const heading of headings) {
    expect(heading.transform).toBe('none')
    expect(heading.pt).toBeGreaterThanOrEqual(12)
  }

  const pdf = await sheetPdf(page, testInfo, 'eleni-readable')
  expect(pdf.pages).toBe(1)
  expect(pdf.isTagged).toBe(true)
  expect(pdf.fontTypes.length).toBeGreaterThan(0)
  expect(pdf.fontTypes.filter((type) => !/TrueType|Type 1C|OpenType/.test(type))).toEqual([])
})

test('needling over the lung fields puts the chest warning on the sheet', async ({
  page
}, testInfo) => {
  // Eleni Papadopoulou, 5 Feb 2026: upper trapezius and rhomboids.
  await openSheet(page, 'demo-p-11', 'demo-s-11-0003')
  await expect(page.getByRole('note', { name: 'Chest warning' })).toContainText(CHEST_WARNING)

  const pdf = await sheetPdf(page, testInfo, 'eleni-a4')
  expect(pdf.pages).toBe(1)
  expect(pdf.text).toContain('Eleni Papadopoulou')
  expect(pdf.text).toContain('Upper trapezius')
  expect(pdf.text).toContain('Rhomboids')
  expect(pdf.text).toContain(`${CHEST_WARNING}: get urgent medical care straight away.`)
  for (const sign of WARNING_SIGNS) expect(pdf.text).toContain(sign)
  expect(pdf.text).toContain('Women’s Run 10K')
})

test('US Letter paper from Settings gives a one-page Letter PDF', async ({ page }, testInfo) => {
  await choosePaperSize(page, 'US Letter')
  await openSheet(page, 'demo-p-11', 'demo-s-11-0006')
  await expect(page.getByText('US Letter paper')).toBeVisible()

  const letter = await sheetPdf(page, testInfo, 'eleni-letter')
  expect(letter.pageSize).toMatch(LETTER)
  expect(letter.pages).toBe(1)
  expect(letter.text).toContain('Erector spinae')
  expect(letter.text).toContain(CHEST_WARNING)

  await choosePaperSize(page, 'A4')
  await openSheet(page, 'demo-p-11', 'demo-s-11-0006')
  const a4 = await sheetPdf(page, testInfo, 'eleni-a4-again')
  expect(a4.pageSize).toMatch(A4)
  expect(a4.pages).toBe(1)
})

test('a session inside the race window ties the advice to the race', async ({ page }, testInfo) => {
  // Tomás Ruiz was needled two days before his A race.
  await openSheet(page, 'demo-p-12', 'demo-s-12-0006')
  await expect(page.getByLabel('Next race')).toHaveText(
    "Your next race, the Columbia Gorge Marathon, is in 2 days: keep this week's running easy."
  )
  const pdf = await sheetPdf(page, testInfo, 'tomas')
  expect(pdf.pages).toBe(1)
  expect(pdf.text).toContain(
    "Your next race, the Columbia Gorge Marathon, is in 2 days: keep this week's running easy."
  )
  expect(pdf.text).toContain('Do not race in the next 72 hours.')
})

test('the race window is the clinic’s setting', async ({ page }) => {
  // Zoë's last session is 12 days before her A race: outside the default 7-day window.
  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  await expect(page.getByLabel('Next race')).toHaveText(
    'Your next race, the Portland Marathon, is in 12 days (25 Mar 2026). Tell us if your race plans change.'
  )

  await page.goto('/index.html#/settings')
  await page.getByLabel('Flag needling within this many days before an A race').fill('14')
  await page.getByRole('button', { name: 'Save preferences' }).click()
  await expect(page.getByText('Preferences saved').last()).toBeVisible()

  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  await expect(page.getByLabel('Next race')).toHaveText(
    "Your next race, the Portland Marathon, is in 12 days: keep this week's running easy."
  )
})

test('a long session flows onto a second page with the header repeated and nothing cut', async ({
  page
}, testInfo) => {
  const muscle = (muscleId: string, side: string) => ({
    muscleId,
    side,
    points: [],
    needleCount: 2,
    insertions: 6,
    needleSize: { diameterMm: 0.25, lengthMm: 30 },
    technique: 'pistoning',
    estim: null,
    dwellSeconds: 30,
    twitchCount: 1,
    painDuring: 4
  })
  const muscleIds = [
    'soleus',
    'gastrocnemius-medial',
    'gastrocnemius-lateral',
    'tibialis-anterior',
    'tibialis-posterior',
    'fibularis-longus',
    'vastus-medialis',
    'rectus-femoris',
    'tensor-fasciae-latae',
    'gluteus-medius',
    'gluteus-minimus',
    'piriformis'
  ]
  const exercises = Array.from(
    { length: 8 },
    (_, i) => `Exercise ${i + 1}: slow heel raises off a step, three sets of fifteen, twice a day`
  )
  await patchRow(page, 'sessions', 'demo-s-01-0009', {
    muscles: muscleIds.map((id, i) => muscle(id, i % 2 ? 'left' : 'bilateral')),
    homeExercises: exercises.join('\n')
  })
  await reloadAndUnlock(page)
  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')

  const pdf = await sheetPdf(page, testInfo, 'zoe-long')
  expect(pdf.pages).toBe(2)
  expect(pdf.pageSize).toMatch(A4)
  pdf.pageTexts.forEach((text, i) => {
    expect(text, `header on page ${i + 1}`).toContain('Riverside Running Physio')
    expect(text, `header on page ${i + 1}`).toContain('Your recovery sheet')
    expect(text, `header on page ${i + 1}`).toContain('Zoë Martin Friday 13 March 2026')
    expect(text, `footer on page ${i + 1}`).toContain(`Page ${i + 1} of 2`)
  })
  // Every line the runner reads is whole on one page, never split across two.
  for (const line of [...exercises, ...WARNING_SIGNS, 'Deep in the buttock, left side']) {
    expect(
      pdf.pageTexts.filter((text) => text.includes(line)),
      line
    ).toHaveLength(1)
  }
  const exercisesPage = pdf.pageTexts.findIndex((t) => t.includes('Your home exercises'))
  expect(pdf.pageTexts[exercisesPage]).toContain(exercises[0])
})

test('the clinic’s own texts print with placeholders filled, and unknown ones are refused', async ({
  page
}) => {
  await page.goto('/index.html#/settings')
  const section = page.getByRole('region', { name: 'Take-home sheet' })
  const opening = section.getByLabel('Opening line')
  await opening.fill('Great work today, {FirstName}!')
  await section.getByLabel('Helps: warmth').fill('A warm bath before the {nextRace}.')
  await section.getByRole('button', { name: 'Save sheet texts' }).click()
  await expect(
    section.getByText('Unknown placeholder {FirstName}: did you mean {firstName}?')
  ).toBeVisible()
  await expect(opening).toHaveAttribute('aria-invalid', 'true')
  await expect(
    section.getByText('{nextRace} only works in the two next-race texts', { exact: false })
  ).toBeVisible()
  await expect(page.getByText('2 sheet texts need fixing before they can be saved.')).toBeVisible()

  await reloadAndUnlock(page)
  await expect(
    page.getByRole('region', { name: 'Take-home sheet' }).getByLabel('Opening line')
  ).toHaveValue(/^Thank you for coming in today, \{firstName\}/)

  await opening.fill('Great work today, {firstName}! See you on {sessionDate}.')
  await section.getByLabel('Helps: warmth').fill('A warm bath tonight, {firstName}.')
  await section.getByRole('button', { name: 'Save sheet texts' }).click()
  await expect(page.getByText('Sheet texts saved')).toBeVisible()

  await openSheet(page, 'demo-p-01', 'demo-s-01-0006')
  const sheet = page.getByRole('article', { name: 'Recovery sheet for Zoë Martin' })
  await expect(sheet).toContainText('Great work today, Zoë! See you on 13 Feb 2026.')
  await expect(sheet).toContainText('A warm bath tonight, Zoë.')
  await expect(sheet).not.toContainText('{')
})

test('a stored text with an unknown placeholder is reported, and left out of the sheet', async ({
  page
}) => {
  const [settingsRow] = await readRows<{ sheet: Record<string, unknown> }>(page, 'settings')
  const sheetTexts = settingsRow!.sheet
  await patchRow(page, 'settings', 'clinic', {
    sheet: { ...sheetTexts, intro: 'Welcome back {firstName} {patientNickname}.' }
  })
  await reloadAndUnlock(page)

  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  await expect(page.getByText('placeholders Racepoint does not know')).toBeVisible()
  const sheet = page.getByRole('article', { name: 'Recovery sheet for Zoë Martin' })
  await expect(sheet).toContainText('Welcome back Zoë.')
  await expect(sheet).not.toContainText('{patientNickname}')

  await page.getByRole('link', { name: 'Fix them in Settings' }).click()
  const opening = page.getByRole('region', { name: 'Take-home sheet' }).getByLabel('Opening line')
  await expect(opening).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page.getByText('Unknown placeholder {patientNickname}: use one from the list above.')
  ).toBeVisible()
})

test('Print and Save as PDF open the browser’s print dialog, from the buttons and the shortcuts', async ({
  page
}) => {
  await page.addInitScript(() => {
    ;(window as unknown as { printCalls: number }).printCalls = 0
    window.print = () => {
      ;(window as unknown as { printCalls: number }).printCalls++
    }
  })
  await reloadAndUnlock(page)
  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  const printCalls = () =>
    page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)

  await page.getByRole('button', { name: 'Print' }).click()
  await expect.poll(printCalls).toBe(1)

  // A PDF is not encrypted: the app says so before it is made.
  const disclosure = page.getByRole('dialog', { name: 'Save the sheet as PDF' })
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(disclosure.getByText('This file is not encrypted.')).toBeVisible()
  await disclosure.getByRole('button', { name: 'Save unencrypted PDF' }).click()
  await expect(page.getByText('choose “Save as PDF” as the printer')).toBeVisible()
  await expect.poll(printCalls).toBe(2)

  await page.keyboard.press('Control+P')
  await expect.poll(printCalls).toBe(3)
  await page.keyboard.press('Control+Shift+P')
  await disclosure.getByRole('button', { name: 'Save unencrypted PDF' }).click()
  await expect.poll(printCalls).toBe(4)

  await expect(page.getByRole('link', { name: 'Back to the session' })).toHaveAttribute(
    'href',
    '#/patients/demo-p-01/sessions/demo-s-01-0009'
  )
})

test('a session that does not exist, or belongs to someone else, has no sheet', async ({
  page
}) => {
  await page.goto('/index.html#/patients/demo-p-01/sessions/nope/sheet')
  await expect(page.getByRole('heading', { name: 'Session not found' })).toBeVisible()
  await page.goto('/index.html#/patients/demo-p-02/sessions/demo-s-01-0009/sheet')
  await expect(page.getByRole('heading', { name: 'Session not found' })).toBeVisible()
})

test('a sheet once given reprints as given; today’s texts are offered and kept beside it', async ({
  page
}) => {
  await page.addInitScript(() => {
    window.print = () => undefined
  })
  await reloadAndUnlock(page)
  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  const sheet = page.getByRole('article', { name: 'Recovery sheet for Zoë Martin' })
  const intro = await sheet.getByText(/^Thank you for coming in today/).innerText()
  await expect(page.getByRole('note', { name: 'Sheet as given' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Print' }).click()
  const notice = page.getByRole('note', { name: 'Sheet as given' })
  await expect(notice).toContainText(
    'First given on 16 Mar 2026, 09:00 (printed or saved from the print dialog), once in all.'
  )

  // The clinic changes its texts: the form shows them at once, the sheet given stays as it was.
  await page.goto('/index.html#/settings')
  const section = page.getByRole('region', { name: 'Take-home sheet' })
  await section.getByLabel('Opening line').fill('Well done today, {firstName}.')
  await section.getByLabel('Helps: warmth').fill('A warm shower tonight.')
  await section.getByRole('button', { name: 'Save sheet texts' }).click()
  await expect(page.getByText('Sheet texts saved')).toBeVisible()
  await page.goto('/index.html#/patients/demo-p-01/sessions/new')
  await expect(page.getByRole('checkbox', { name: /A warm shower tonight\./ })).toBeVisible()

  await openSheet(page, 'demo-p-01', 'demo-s-01-0009')
  await expect(sheet).toContainText(intro)
  await expect(sheet).not.toContainText('Well done today')
  await expect(notice).toContainText('the clinic’s texts or the session have changed since')
  await page.getByRole('button', { name: 'Show with today’s texts' }).click()
  await expect(sheet).toContainText('Well done today, Zoë.')
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(notice).toContainText('2 times in all, in 2 versions')

  const [session] = await readRows<{ id: string; handouts: { content: { intro: string } }[] }>(
    page,
    'sessions'
  ).then((rows) => rows.filter((s) => s.id === 'demo-s-01-0009'))
  expect(session?.handouts.map((h) => h.content.intro)).toEqual([intro, 'Well done today, Zoë.'])

  // Reopened, the page shows the version given last.
  await reloadAndUnlock(page)
  await expect(sheet).toContainText('Well done today, Zoë.')
})
