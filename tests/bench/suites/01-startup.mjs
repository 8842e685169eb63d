// startup.patient-list: a fresh page load to the patient list painted and ready for typing,
// beside the floor of a blank page's load.
import { paintWatcher, repeat } from '../lib.mjs'

export const name = 'startup'

export async function run(ctx) {
  const { context, base, runs } = ctx
  const blank = await repeat(runs, async () => {
    const page = await context.newPage()
    await page.goto(`${base}/bench/blank.html`)
    const t = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd)
    await page.close()
    return t
  })
  const app = await repeat(runs, async () => {
    const page = await context.newPage()
    await page.addInitScript(
      paintWatcher('[role="listbox"][aria-label="Patients"] [role="option"]')
    )
    await page.goto(`${base}/index.html#/patients`)
    await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30_000 })
    const t = await page.evaluate(() => window.__painted)
    await page.close()
    return t
  })
  return [ctx.row('startup.patient-list', app, blank)]
}
