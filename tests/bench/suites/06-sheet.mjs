// sheet.pdf: producing the PDF of a take-home sheet already on screen (Chromium's printToPDF,
// the engine Electron uses), beside the PDF of a blank page as the floor.
// sheet.open: from opening a session's sheet to the paper painted.
import { repeat, timeToPaint } from '../lib.mjs'

export const name = 'sheet'

const SHEET = 'article[aria-label^="Recovery sheet for "]'

async function timePdf(page, options) {
  const t0 = performance.now()
  await page.pdf(options)
  return performance.now() - t0
}

export async function run(ctx) {
  const { context, harness, base, runs } = ctx
  // Sessions spread over the clinic, one per run, so no sheet is timed twice in a row.
  const sessions = await harness.evaluate(async (count) => {
    const db = window.bench.db
    const total = await db.sessions.count()
    const step = Math.max(1, Math.floor(total / count))
    const picked = []
    for (let i = 0; i < count; i++) {
      const row = await db.sessions.offset(i * step).first()
      if (row) picked.push({ patientId: row.patientId, sessionId: row.id })
    }
    return picked
  }, runs)
  const hashOf = (s) => `#/patients/${s.patientId}/sessions/${s.sessionId}/sheet`

  const blankPage = await context.newPage()
  await blankPage.goto(`${base}/bench/blank.html`)
  await blankPage.emulateMedia({ media: 'print' })
  await timePdf(blankPage, { format: 'A4' })
  const blank = await repeat(runs, () => timePdf(blankPage, { format: 'A4' }))
  await blankPage.close()

  const page = await context.newPage()
  await page.goto(`${base}/index.html#/today`)
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor()

  const open = await repeat(runs, async (i) => {
    await page.evaluate(() => {
      location.hash = '#/today'
    })
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor()
    return timeToPaint(
      page,
      `location.hash = ${JSON.stringify(hashOf(sessions[i % sessions.length]))}`,
      SHEET
    )
  })

  const pdfOptions = { preferCSSPageSize: true, printBackground: true }
  const pdf = await repeat(runs, async (i) => {
    await page.emulateMedia({ media: 'screen' })
    await page.evaluate(
      (hash) => {
        location.hash = hash
      },
      hashOf(sessions[i % sessions.length])
    )
    await page.locator(SHEET).waitFor()
    await page.emulateMedia({ media: 'print' })
    return timePdf(page, pdfOptions)
  })
  await page.close()

  return [ctx.row('sheet.pdf', pdf, blank), ctx.row('sheet.open', open)]
}
