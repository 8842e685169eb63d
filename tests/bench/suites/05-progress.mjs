// progress.render-1000: from opening the progress view of a patient with 1,000 sessions (from
// another screen, so the patient, sessions and races are read too) to every chart painted: the
// pain chart with its session points and the measure charts under it (the patient has measures
// at every visit), beside the floor of a raw IndexedDB read of the same sessions.
// progress.render-measures: the same for the 200-visit patient with 8 measures at each visit.
// progress.open-from-list: the same patient's Progress opened from the patient list (its rows
// painted), the way a therapist goes there, to the chart's points painted, beside the same
// raw read.
import { rawPatientRead, repeat, timeToPaint } from '../lib.mjs'

export const name = 'progress'

const PATIENT = 'bench-long-1000'
const MEASURES_PATIENT = 'bench-long-200'
/** The pain chart's session points and, below it, the last measure chart drawn: every chart. */
const CHART_POINTS =
  '.progress:has([aria-roledescription="chart"] [role="img"][aria-label^="Session"]) .measure-charts[data-drawn] .measure-chart:last-child svg.measure-chart__svg'
const MEASURE_CHARTS =
  '.measure-charts[data-drawn] .measure-chart:last-child svg.measure-chart__svg'

export async function run(ctx) {
  const { context, base, runs } = ctx
  const page = await context.newPage()
  await page.goto(`${base}/index.html#/settings`)
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()

  const raw = await repeat(runs, () => rawPatientRead(page, PATIENT, 1000))

  // One untimed opening first, so the chart's code is loaded and compiled as it would be
  // after the therapist's first look at any chart.
  const open = await repeat(runs + 1, async () => {
    await page.evaluate(() => {
      location.hash = '#/settings'
    })
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    return timeToPaint(page, `location.hash = '#/patients/${PATIENT}/progress'`, CHART_POINTS)
  })
  const listRows = '[role="listbox"][aria-label="Patients"] [role="option"]'
  const fromList = await repeat(runs, async () => {
    await page.evaluate(() => {
      location.hash = '#/patients'
    })
    await page.locator(listRows).first().waitFor()
    return timeToPaint(page, `location.hash = '#/patients/${PATIENT}/progress'`, CHART_POINTS)
  })
  // progress.render-measures: 8 measures at each of 200 visits, every chart drawn.
  const measures = await repeat(runs + 1, async () => {
    await page.evaluate(() => {
      location.hash = '#/settings'
    })
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    return timeToPaint(
      page,
      `location.hash = '#/patients/${MEASURES_PATIENT}/progress'`,
      MEASURE_CHARTS
    )
  })
  const measureCharts = Number(
    await page.locator('.measure-charts[data-drawn]').getAttribute('data-drawn')
  )
  if (measureCharts < 8) throw new Error(`expected 8 measure charts or more, saw ${measureCharts}`)
  console.log(`  (${measureCharts} measure charts for the 200-visit patient)`)
  await page.evaluate(() => {
    location.hash = '#/settings'
  })
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
  await timeToPaint(page, `location.hash = '#/patients/${PATIENT}/progress'`, CHART_POINTS)
  const drawn = await page
    .locator('[aria-roledescription="chart"] [role="img"][aria-label^="Session"]')
    .count()
  const label = await page.locator('[aria-roledescription="chart"]').getAttribute('aria-label')
  await page.close()
  if (!label?.startsWith('Pain chart: 1000 sessions')) {
    throw new Error(`the chart did not show the 1,000 sessions: ${label}`)
  }
  console.log(`  (${drawn} of 1000 sessions drawn after downsampling)`)
  return [
    ctx.row('progress.render-1000', open.slice(1), raw),
    ctx.row('progress.open-from-list', fromList, raw),
    ctx.row('progress.render-measures', measures.slice(1), raw)
  ]
}
