// patient.open: from opening a patient (from the patient list) with 200 sessions to their full session history painted,
// beside a raw IndexedDB read of the same rows. patient.read: the repository's read of those
// sessions (Dexie) beside the same raw read.
import { rawPatientRead, repeat, timeToPaint } from '../lib.mjs'

export const name = 'patient'

const PATIENT = 'bench-long-200'

export async function run(ctx) {
  const { context, harness, base, runs } = ctx
  const page = await context.newPage()
  // Patients are opened from the patient list; start each run there, with its rows painted.
  const listRows = '[role="listbox"][aria-label="Patients"] [role="option"]'
  await page.goto(`${base}/index.html#/patients`)
  await page.locator(listRows).first().waitFor()

  const raw = await repeat(runs, () => rawPatientRead(page, PATIENT, 200))

  const open = await repeat(runs, async () => {
    await page.evaluate(() => {
      location.hash = '#/patients'
    })
    await page.locator(listRows).first().waitFor()
    return timeToPaint(
      page,
      `location.hash = '#/patients/${PATIENT}/sessions'`,
      '[role="table"][aria-label="Sessions"] [role="rowgroup"]:last-child [role="row"]',
      200
    )
  })
  await page.close()

  const dexieRead = await repeat(runs, () =>
    harness.evaluate(async (id) => {
      const t0 = performance.now()
      await window.bench.readSessions(id)
      return performance.now() - t0
    }, PATIENT)
  )
  const rawRead = await repeat(runs, () =>
    harness.evaluate(async (id) => {
      const t0 = performance.now()
      await window.bench.rawReadSessions(id)
      return performance.now() - t0
    }, PATIENT)
  )

  return [ctx.row('patient.open', open, raw), ctx.row('patient.read', dexieRead, rawRead)]
}
