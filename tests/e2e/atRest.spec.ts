import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config'
import { markPlainStoreForRemoval, retirePlainStoreIfMarked } from '../../src/main/plainStore'
import { expect, protectNewClinic, test } from './fixtures'
import { addPatient } from './patientHelpers'
import { putRows, readRows } from './clinicData'
import { buildPatientRecord } from '../../src/shared/domain/patient'
import { buildPatientInput } from '../factories'
import { buildSession } from '../factories/records'
import { openNewSession, painScale } from './sessionHelpers'

/**
 * What a lost laptop shows: a clinic filled through the screens with unmistakable words, the
 * browser closed, then every file of its profile read byte by byte. None of the clinical
 * words may be there, in UTF-8/Latin-1 or UTF-16 (how Chromium's IndexedDB and localStorage
 * keep strings). The clinic's name and the therapist's name are kept readable on purpose
 * (sign-in shows them before any key is open; see the README), so they must be found: the
 * same scan finds what is not sealed, so it can fail.
 */
const CLINICAL = {
  firstName: 'Łorvath',
  lastName: 'Zentrimble',
  race: 'Vexmoorfell Marathon',
  sessionNotes: 'Plinthwater tightness eased',
  diagnosis: 'Quarlbright tendinopathy',
  draftNotes: 'Draftglimmer typed last',
  unloadNotes: 'Unloadwhisper at close'
}
const CLEAR_BY_DESIGN = { clinic: 'Ŵelmark Physio', therapist: 'Ana Clearmark' }
const PASSPHRASE = 'harbour lights at six'

function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')]
}

/** Words that are only stored folded (the search terms), looked for as well. */
function variants(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace('ł', 'l')
  return [...new Set([text, folded, ...text.split(' ').filter((w) => w.length >= 6)])]
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await filesUnder(path)))
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/** Where in the profile each word turns up. */
async function scan(dir: string, words: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  const needles = words.flatMap((w) =>
    variants(w).flatMap((v) => encodings(v).map((b) => ({ w, b })))
  )
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file).catch(() => null)
    if (!bytes) continue
    for (const { w, b } of needles) {
      if (bytes.includes(b)) found.set(w, [...(found.get(w) ?? []), file.slice(dir.length)])
    }
  }
  return found
}

async function fillClinic(page: Page): Promise<void> {
  await page.goto('/index.html#/today')
  await page.getByLabel('Clinic name').fill(CLEAR_BY_DESIGN.clinic)
  await page.getByLabel('Your name').fill(CLEAR_BY_DESIGN.therapist)
  await page.getByRole('button', { name: 'Start empty' }).click()
  await protectNewClinic(page, PASSPHRASE)
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  await addPatient(page, { firstName: CLINICAL.firstName, lastName: CLINICAL.lastName })
  const patientId = /#\/patients\/([^/]+)/.exec(page.url())![1]!
  await page
    .getByRole('navigation', { name: 'Patient record' })
    .getByRole('link', { name: 'Races' })
    .click()
  await page.getByRole('button', { name: 'Add race' }).click()
  const dialog = page.getByRole('dialog', { name: /^Add a race/ })
  await dialog.getByLabel('Race name').fill(CLINICAL.race)
  const raceDay = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)
  await dialog.getByLabel('Race date').fill(raceDay)
  await dialog.getByRole('radio', { name: /A race/ }).check()
  await dialog.getByRole('button', { name: 'Add race' }).click()
  await expect(page.getByText(CLINICAL.race).first()).toBeVisible()

  await openNewSession(page, patientId)
  await page.getByLabel('Diagnosis / presenting complaint').fill(CLINICAL.diagnosis)
  await page.getByLabel('Needling performed').uncheck()
  await painScale(page, 'Pain before').getByRole('radio', { name: '6', exact: true }).click()
  await page.getByLabel('Notes').fill(CLINICAL.sessionNotes)
  await page.getByLabel('Notes').press('Control+Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Session · / })).toBeVisible()

  // A draft kept in the database, then one typed as the window closes (the unload journal).
  await openNewSession(page, patientId)
  await page.getByLabel('Notes').fill(CLINICAL.draftNotes)
  await page.getByLabel('Notes').blur()
  await expect(page.getByText(/Draft saved/)).toBeVisible()
  await page.getByLabel('Notes').fill(`${CLINICAL.draftNotes}. ${CLINICAL.unloadNotes}`)
  // Search, so its tokens are in use and any cache of it would be on disk.
  await page.goto('/index.html#/patients')
  await page.getByRole('combobox', { name: 'Search patients by name' }).fill('zentr')
  await expect(page.getByRole('option', { name: new RegExp(CLINICAL.lastName) })).toBeVisible()
  await page.goto(`/index.html#/patients/${patientId}/sessions/new`)
  await expect(page.getByLabel('Notes')).toHaveValue(
    `${CLINICAL.draftNotes}. ${CLINICAL.unloadNotes}`
  )
  await page.getByLabel('Notes').fill(`${CLINICAL.draftNotes}. ${CLINICAL.unloadNotes}!`)
}

test('a closed browser’s profile holds no clinical word of the clinic', async () => {
  const testInfo = test.info()
  test.slow()
  const profile = await mkdtemp(join(tmpdir(), 'racepoint-at-rest-'))
  let context: BrowserContext | null = null
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL: testInfo.project.use.baseURL
    })
    context.setDefaultTimeout(20_000)
    const page = context.pages()[0] ?? (await context.newPage())
    await fillClinic(page)
    await context.close()
    context = null

    const found = await scan(profile, [
      ...Object.values(CLINICAL),
      ...Object.values(CLEAR_BY_DESIGN)
    ])
    const leaked = Object.values(CLINICAL).filter((w) => found.has(w))
    expect(
      leaked.map((w) => `${w}: ${found.get(w)!.join(', ')}`),
      'clinical words found on disk'
    ).toEqual([])
    // The scan does find what is stored readable.
    expect(found.has(CLEAR_BY_DESIGN.clinic), 'the clinic’s name, kept readable').toBe(true)
    // In the database's own files, where the sealed rows are (a two-byte string: UTF-16).
    expect(found.get(CLEAR_BY_DESIGN.clinic)!.some((f) => f.includes('IndexedDB'))).toBe(true)
    expect(found.has(CLEAR_BY_DESIGN.therapist), 'the therapist’s name, kept readable').toBe(true)
  } finally {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
  }
})

/**
 * A clinic from before sealing holds its records in plain rows. Sealing copies them into a
 * new database and removes the old one whole, so no deleted row lingers in the files the way
 * it would after rewriting rows in place; the scan checks exactly that.
 */
test('sealing a clinic from before leaves none of its plain rows on disk', async () => {
  const testInfo = test.info()
  test.slow()
  const profile = await mkdtemp(join(tmpdir(), 'racepoint-at-rest-'))
  let context: BrowserContext | null = null
  const legacy = { lastName: 'Brimwhistle', notes: 'Oldgrove hamstring notes' }
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL: testInfo.project.use.baseURL
    })
    context.setDefaultTimeout(20_000)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/index.html#/today')
    await page.getByLabel('Clinic name').fill(CLEAR_BY_DESIGN.clinic)
    await page.getByLabel('Your name').fill(CLEAR_BY_DESIGN.therapist)
    await page.getByRole('button', { name: 'Start empty' }).click()
    await expect(page.getByRole('heading', { name: /^Protect / })).toBeVisible()
    // Rows as a version from before sealing wrote them, in the plain database.
    const patient = buildPatientRecord(
      buildPatientInput({ firstName: 'Olwen', lastName: legacy.lastName }),
      'legacy-patient-1',
      new Date()
    )
    await putRows(page, 'patients', [patient])
    await putRows(page, 'sessions', [
      buildSession({ id: 'legacy-session-1', patientId: patient.id, notes: legacy.notes })
    ])
    expect((await readRows<{ notes: string }>(page, 'sessions'))[0]?.notes).toBe(legacy.notes)
    await page.reload()
    await protectNewClinic(page, PASSPHRASE)
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
    await page.goto('/index.html#/patients')
    await page.getByRole('combobox', { name: 'Search patients by name' }).fill('brimwh')
    await expect(page.getByRole('option', { name: new RegExp(legacy.lastName) })).toBeVisible()
    const origin = new URL(page.url()).origin
    await context.close()
    context = null

    // The sealed clinic is whole, so its plain database was deleted; LevelDB still holds the
    // deleted rows in the default store's files until it compacts them, which a browser does
    // in its own time. The desktop app removes that store's folder at its next start, before
    // any window opens it: the same code, run here on the closed profile.
    const storage = join(profile, 'Default')
    await markPlainStoreForRemoval(storage)
    expect(await retirePlainStoreIfMarked(storage, origin)).toBe(true)
    const found = await scan(profile, [legacy.lastName, legacy.notes, CLEAR_BY_DESIGN.clinic])
    expect(found.get(legacy.lastName) ?? [], 'the patient’s name').toEqual([])
    expect(found.get(legacy.notes) ?? [], 'the session’s notes').toEqual([])
    expect(found.has(CLEAR_BY_DESIGN.clinic)).toBe(true)
  } finally {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
  }
})
