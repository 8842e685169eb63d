// startup.patient-list: a fresh page load to the patient list painted and ready for typing,
// beside the floor of a blank page's load.
// startup.today.warm / startup.today.cold: a page load to the Today screen painted (its
// numbers at a glance and its lists), in the running browser (warm) and in a fresh browser
// process on the same profile (cold), each beside a blank page's load in the same kind of
// browser. startup.today.*.longest-task: the longest main-thread task from navigation until
// a moment after Today is painted (PerformanceObserver 'longtask' reports only tasks over
// 50 ms; 0 = none).
import { paintWatcher, repeat } from '../lib.mjs'

export const name = 'startup'

const TODAY_PAINTED = '[aria-label="At a glance"] .today-stat'
/** How long after Today is painted its start-up tasks are still watched. */
const SETTLE_MS = 500

const LONG_TASKS = `(() => {
  window.__longest = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration)
  }).observe({ type: 'longtask', buffered: true })
})()`

async function blankLoad(context, base) {
  const page = await context.newPage()
  await page.goto(`${base}/bench/blank.html`)
  const t = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd)
  await page.close()
  return t
}

/** One load of Today: ms to painted, and the longest task until shortly after. */
async function todayLoad(context, base) {
  const page = await context.newPage()
  await page.addInitScript(LONG_TASKS)
  await page.addInitScript(paintWatcher(TODAY_PAINTED, 4))
  await page.goto(`${base}/index.html#/today`)
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 60_000 })
  await page.waitForTimeout(SETTLE_MS)
  // Without the sign-in's deliberate passphrase derivation (see AUTO_SIGN_IN in run.mjs).
  const result = await page.evaluate(() => ({
    painted: window.__painted - (window.__signInSpan ?? 0),
    longest: window.__longest
  }))
  const rows = await page.locator('.today-grid li').count()
  await page.close()
  return { ...result, rows }
}

export async function run(ctx) {
  const { base, runs } = ctx
  const context = ctx.context
  const blank = await repeat(runs, () => blankLoad(context, base))
  const app = await repeat(runs, async () => {
    const page = await context.newPage()
    await page.addInitScript(
      paintWatcher('[role="listbox"][aria-label="Patients"] [role="option"]')
    )
    await page.goto(`${base}/index.html#/patients`)
    await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30_000 })
    const t = await page.evaluate(() => window.__painted - (window.__signInSpan ?? 0))
    await page.close()
    return t
  })

  // Warm: the browser has loaded the app before (one untimed load first).
  await todayLoad(context, base)
  const warm = await repeat(runs, () => todayLoad(context, base))
  console.log(`  (Today shows ${warm[0].rows} list rows)`)

  // Cold: each run in a fresh browser process, the first page it loads.
  const cold = []
  const coldBlank = []
  for (let i = 0; i < runs; i++) {
    const fresh = await ctx.freshBrowser()
    // Alternate which goes first, so neither always meets the disk cache the other warmed.
    if (i % 2 === 0) {
      cold.push(await todayLoad(fresh, base))
      coldBlank.push(await blankLoad(await ctx.freshBrowser(), base))
    } else {
      coldBlank.push(await blankLoad(fresh, base))
      cold.push(await todayLoad(await ctx.freshBrowser(), base))
    }
  }
  await ctx.reopenHarness()

  return [
    ctx.row('startup.patient-list', app, blank),
    ctx.row(
      'startup.today.warm',
      warm.map((r) => r.painted),
      blank
    ),
    ctx.row(
      'startup.today.warm.longest-task',
      warm.map((r) => r.longest)
    ),
    ctx.row(
      'startup.today.cold',
      cold.map((r) => r.painted),
      coldBlank
    ),
    ctx.row(
      'startup.today.cold.longest-task',
      cold.map((r) => r.longest)
    )
  ]
}
