// search.query: the patient repository's name search, one call per keystroke as a name is
// typed letter by letter ("m", "ma", "mar", ...), beside a raw IndexedDB floor doing the same
// prefix range on the `searchTerms` multiEntry index with the same limit.
// search.keystroke-to-paint: typing the same letters into the patient list's search box, from
// the input event to the first frame with that query's results painted, beside the raw
// IndexedDB prefix query timed in the same page.
// search.two-words: typing the letters of a second word after a first ("sofia g", "sofia ga",
// ...), from the input event to the first frame with that query's results painted, beside a
// raw IndexedDB two-word query in the same page: each word's prefix range read as keys only,
// intersected, and the first 100 candidates' records read.
import { repeat, timeToPaint } from '../lib.mjs'

export const name = 'search'

// Names of the synthetic clinic, typed as a therapist would: without accents, any case.
const WORDS = ['martin', 'nunez', 'zoe', 'Garcia', 'lindqvist', 'chloe', 'odegard', 'sofia gar']
const PAINT_WORDS = ['martin', 'nunez', 'sofia gar', 'ODEGARD']
/** Two-word queries: only the keystrokes of the second word are timed. */
const TWO_WORDS = [
  'sofia garcia',
  'liam walsh',
  'emma muller',
  'jonas silva',
  'zoe lindqvist',
  'maria costa',
  'noah smith',
  'anna rossi'
]
/** Two-word queries timed: those that find someone in this clinic (every prefix then does). */
const TWO_WORDS_TIMED = 5

const prefixes = (word) =>
  Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)).filter((p) => p.trim() === p)

export async function run(ctx) {
  const { context, harness, base, runs } = ctx

  // Warm both paths once so the first samples do not time code loading.
  for (const p of prefixes(WORDS[0])) {
    await harness.evaluate((q) => window.bench.ext.search.query(q), p)
    await harness.evaluate((q) => window.bench.ext.search.rawQuery(q), p)
  }

  const query = []
  const floor = []
  let empty = 0
  for (let run = 0; run < runs; run++) {
    for (const word of WORDS) {
      for (const p of prefixes(word)) {
        const a = await harness.evaluate((q) => window.bench.ext.search.query(q), p)
        const b = await harness.evaluate((q) => window.bench.ext.search.rawQuery(q), p)
        query.push(a.ms)
        floor.push(b.ms)
        if (a.count === 0) empty++
      }
    }
  }
  if (empty > 0) console.log(`  (${empty} keystrokes found no patient)`)

  const page = await context.newPage()
  await page.goto(`${base}/index.html#/patients`)
  const box = page.getByRole('combobox', { name: 'Search patients by name' })
  await box.waitFor()
  await page.locator('[role="listbox"] [role="option"]').first().waitFor()

  const type = (value) => `
    const input = document.querySelector('input[role="combobox"]')
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    setValue.call(input, ${JSON.stringify(value)})
    input.dispatchEvent(new Event('input', { bubbles: true }))
  `
  // A query that finds nobody paints its (empty) list, not an option: wait for that instead.
  const finds = new Map()
  const painted = (value) => {
    const list = `[role="listbox"][data-results-for=${JSON.stringify(value)}]`
    return finds.get(value) === false ? list : `${list} [role="option"]`
  }

  // The floors run in the harness page (same origin and storage bucket, the clinic's key
  // open there): the sealed index holds keyed tokens, which the app's page cannot compute.
  const rawInPage = (value) =>
    harness.evaluate((q) => window.bench.ext.search.rawQuery(q).then((r) => r.ms), value)
  const rawTwoWords = (value) =>
    harness.evaluate((q) => window.bench.ext.search.rawTwoWords(q), value)

  const found = []
  for (const query of TWO_WORDS) {
    const { count } = await harness.evaluate((q) => window.bench.ext.search.query(q), query)
    if (count > 0 && found.length < TWO_WORDS_TIMED) found.push(query)
  }
  if (found.length === 0) throw new Error('no two-word query finds a patient in this clinic')
  const twoWordsFloor = []
  const twoWords = await repeat(runs, async () => {
    const samples = []
    for (const query of found) {
      await timeToPaint(page, type(''), painted(''))
      const space = query.indexOf(' ')
      for (const p of prefixes(query)) {
        if (p.length <= space + 1) {
          // The first word as typed, untimed.
          if (p.length === space) await timeToPaint(page, type(p), painted(p))
          continue
        }
        samples.push(await timeToPaint(page, type(p), painted(p)))
        twoWordsFloor.push(await rawTwoWords(p))
      }
    }
    return samples
  })

  for (const word of PAINT_WORDS) {
    for (const p of prefixes(word)) {
      const { count } = await harness.evaluate((q) => window.bench.ext.search.query(q), p)
      finds.set(p, count > 0)
    }
  }
  const paintFloor = []
  const paint = await repeat(runs, async () => {
    const samples = []
    for (const word of PAINT_WORDS) {
      await timeToPaint(page, type(''), painted(''))
      for (const p of prefixes(word)) {
        samples.push(await timeToPaint(page, type(p), painted(p)))
        paintFloor.push(await rawInPage(p))
      }
    }
    return samples
  })
  await page.close()

  return [
    ctx.row('search.query', query, floor),
    ctx.row('search.keystroke-to-paint', paint.flat(), paintFloor),
    ctx.row('search.two-words', twoWords.flat(), twoWordsFloor)
  ]
}
