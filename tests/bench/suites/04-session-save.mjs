// session.save: from pressing Save on a filled-in session form to the saved session's page
// painted, on the seeded clinic, beside a raw strict-durability IndexedDB put of the same
// record. session.create: the repository's write alone (no screen), beside the same floor.
// session.typing-longest-task: the longest main-thread task (PerformanceObserver
// 'longtask', which only reports tasks over 50 ms; 0 = none) while typing into the form.
// session.keystroke: the handling of each keystroke's input event in the form (React's
// handler and its render of the field), over every keystroke typed.
import { repeat } from '../lib.mjs'

export const name = 'session-save'

/** Patients of the synthetic clinic with earlier sessions, one per run. */
const patientFor = (i) => `bench-p-${String(101 + i).padStart(6, '0')}`

const NOTES = 'Tight band along the lateral thigh, worse after long runs. Twitch responses in TFL. '

async function fillForm(page, patientId) {
  await page.evaluate((id) => {
    location.hash = `#/patients/${id}/sessions/new`
  }, patientId)
  await page.getByRole('heading', { name: 'Log session', level: 1 }).waitFor()
  await page.getByRole('checkbox', { name: /Consent to needling confirmed/ }).check()
  await page
    .getByRole('radiogroup', { name: 'Pain before' })
    .getByRole('radio', { name: '6', exact: true })
    .click()
  const copy = page.getByRole('button', { name: /Same as last time/ })
  if (await copy.isEnabled()) {
    await copy.click()
  } else {
    const row = page.getByRole('region', { name: 'Muscle 1' })
    await row.getByRole('combobox', { name: 'Muscle' }).fill('soleus')
    await row.getByRole('combobox', { name: 'Muscle' }).press('Enter')
    await row.getByRole('radio', { name: 'Left' }).check()
    await row.getByLabel('Needles').fill('2')
    await row.getByLabel('Technique').selectOption('pistoning')
  }
  // Only typing is watched: clicks above may mount whole muscle rows.
  await page.evaluate(() => {
    window.__longest = 0
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longest = Math.max(window.__longest, entry.duration)
      }
    })
    observer.observe({ type: 'longtask' })
    window.__longObserver = observer
    // Each keystroke's input event, from the first listener to the last (React's handler and
    // its render of the field run in between).
    window.__keystrokes = []
    let started = 0
    window.__inputStart = () => {
      started = performance.now()
    }
    window.__inputEnd = () => window.__keystrokes.push(performance.now() - started)
    window.addEventListener('input', window.__inputStart, true)
    window.addEventListener('input', window.__inputEnd)
  })
  const rows = page.getByRole('region', { name: /^Muscle \d+$/ })
  const count = await rows.count()
  for (let i = 0; i < count; i++) {
    const twitch = rows.nth(i).getByLabel('Twitch responses')
    await twitch.click()
    await page.keyboard.type('2', { delay: 40 })
  }
  await page
    .getByRole('radiogroup', { name: 'Pain after' })
    .getByRole('radio', { name: '3', exact: true })
    .click()
  // Typing at a brisk therapist's pace into the longest field.
  await page.getByLabel('Notes').click()
  await page.keyboard.type(NOTES, { delay: 40 })
  await page.getByLabel('Immediate outcome').click()
  await page.keyboard.type('Less pain on single-leg squat', { delay: 40 })
  // The therapist's hand travels to Save: the draft of what was just typed is written by then.
  await page.getByText(/^Draft saved/).waitFor()
  return page.evaluate(() => {
    window.__longObserver.disconnect()
    window.removeEventListener('input', window.__inputStart, true)
    window.removeEventListener('input', window.__inputEnd)
    return { longest: window.__longest, keystrokes: window.__keystrokes }
  })
}

/** Clicks Save and resolves with the ms until the first frame showing the saved session. */
function timeSave(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const isSaved = () =>
          document.querySelector('main h1')?.textContent?.startsWith('Session ·')
        const t0 = performance.now()
        const observer = new MutationObserver(() => {
          if (!isSaved()) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - t0))
        })
        observer.observe(document, { childList: true, subtree: true, characterData: true })
        const save = [...document.querySelectorAll('button[type="submit"]')].find((b) =>
          b.textContent.startsWith('Save session')
        )
        if (!save) reject(new Error('no Save button'))
        else save.click()
      })
  )
}

export async function run(ctx) {
  const { context, harness, base, runs } = ctx
  const page = await context.newPage()
  await page.goto(`${base}/index.html#/today`)
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor()

  const savedIds = []
  const longest = []
  const keystrokes = []
  const save = await repeat(runs, async (i) => {
    const typing = await fillForm(page, patientFor(i))
    longest.push(typing.longest)
    keystrokes.push(...typing.keystrokes)
    const ms = await timeSave(page)
    const match = /sessions\/([^/]+)$/.exec(await page.evaluate(() => location.hash))
    if (match) savedIds.push(decodeURIComponent(match[1]))
    return ms
  })
  await page.close()

  const record = await harness.evaluate(
    (id) => window.bench.ext.sessionSave.getSession(id),
    savedIds[0]
  )
  if (!record) throw new Error('the saved session was not found in the database')
  const floorIds = Array.from({ length: runs }, (_, i) => `bench-floor-${i}`)
  const floor = await repeat(runs, (i) =>
    harness.evaluate(({ record, id }) => window.bench.ext.sessionSave.rawStrictPut(record, id), {
      record,
      id: floorIds[i]
    })
  )
  const created = await repeat(runs, () =>
    harness.evaluate((record) => window.bench.ext.sessionSave.repositoryCreate(record), record)
  )
  savedIds.push(...created.map((c) => c.id))
  await harness.evaluate(
    ({ savedIds, floorIds }) => window.bench.ext.sessionSave.removeAdded(savedIds, floorIds),
    { savedIds, floorIds }
  )

  return [
    ctx.row('session.save', save, floor),
    ctx.row(
      'session.create',
      created.map((c) => c.ms),
      floor
    ),
    ctx.row('session.typing-longest-task', longest),
    ctx.row('session.keystroke', keystrokes)
  ]
}
