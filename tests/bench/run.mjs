// Racepoint benchmarks: `npm run bench [-- --patients 10000 --sessions 100000 --runs 20 --only startup]`.
// Builds a harness page, seeds a synthetic clinic in Chromium's IndexedDB, runs every suite in
// tests/bench/suites (in file order), prints a table and writes bench-results.json.
import { spawn } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
const PORT = Number(process.env.BENCH_PORT ?? 4183)
const BASE = `http://127.0.0.1:${PORT}`

function parseArgs(argv) {
  const options = {
    patients: 10_000,
    sessions: 100_000,
    runs: 20,
    only: null,
    longHistories: [200, 1000]
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (flag === '--patients') options.patients = Number(value)
    else if (flag === '--sessions') options.sessions = Number(value)
    else if (flag === '--runs') options.runs = Number(value)
    else if (flag === '--only') options.only = value.split(',')
    else continue
    i++
  }
  return options
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  return { median: at(0.5), p95: at(0.95) }
}

async function buildHarness() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(ROOT, 'tests/bench/harness'),
    base: '/bench/',
    resolve: {
      alias: {
        '@shared': resolve(ROOT, 'src/shared'),
        '@renderer': resolve(ROOT, 'src/renderer/src')
      }
    },
    build: {
      outDir: resolve(ROOT, 'tests/bench/harness/dist'),
      emptyOutDir: true,
      rollupOptions: {
        input: {
          index: resolve(ROOT, 'tests/bench/harness/index.html'),
          blank: resolve(ROOT, 'tests/bench/harness/blank.html')
        }
      }
    }
  })
}

async function startServer() {
  const child = spawn(
    process.execPath,
    [
      resolve(ROOT, 'tests/e2e/server.mjs'),
      '--mount',
      `/bench=${resolve(ROOT, 'tests/bench/harness/dist')}`
    ],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: String(PORT) },
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  await new Promise((ok, fail) => {
    child.stdout.on('data', (d) => (String(d).includes('Serving') ? ok() : undefined))
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)))
  })
  return child
}

function formatMs(n) {
  return n === null || n === undefined ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(2)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const scale = `${options.patients} patients / ${options.sessions} sessions`
  console.log(`Racepoint benchmarks at ${scale}, ${options.runs} runs per figure`)
  await buildHarness()
  const server = await startServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const rows = []
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 } })
    // Pages open signed in as the clinic's owner, as after a reload within the idle time; the
    // sign-in itself is timed on its own row (auth.unlock).
    await context.addInitScript(() => {
      if (location.hash.includes('bench-signed-out')) return
      window.sessionStorage.setItem(
        'racepoint.signed-in',
        JSON.stringify({
          therapist: { id: 'demo-t-1', name: 'Maya Chen' },
          activeAt: Date.now(),
          isLocked: false
        })
      )
    })
    const harness = await context.newPage()
    await harness.goto(`${BASE}/bench/index.html`)
    await harness.waitForFunction(() => 'bench' in window)
    console.log('Seeding the synthetic clinic in bulk transactions…')
    const timer = setInterval(
      async () => console.log(`  ${await harness.title().catch(() => '')}`),
      5000
    )
    const seeded = await harness.evaluate((o) => window.bench.seed(o), {
      patients: options.patients,
      sessions: options.sessions,
      longHistories: options.longHistories,
      now: new Date().toISOString()
    })
    clearInterval(timer)
    console.log(
      `Seeded ${seeded.patients} patients, ${seeded.sessions} sessions, ${seeded.races} races in ${(seeded.ms / 1000).toFixed(1)} s`
    )

    const ctx = {
      browser,
      context,
      harness,
      base: BASE,
      runs: options.runs,
      options,
      scale,
      stats,
      /** One result row: samples of the figure and of its floor, in ms. */
      row(name, samples, floorSamples, unit = 'ms') {
        const s = stats(samples)
        const f = floorSamples && floorSamples.length ? stats(floorSamples) : null
        return {
          name,
          unit,
          median: s.median,
          p95: s.p95,
          floorMedian: f ? f.median : null,
          ratio: f && f.median > 0 ? s.median / f.median : null,
          scale
        }
      }
    }

    const suiteDir = resolve(ROOT, 'tests/bench/suites')
    const files = (await readdir(suiteDir)).filter((f) => f.endsWith('.mjs')).sort()
    for (const file of files) {
      const suite = await import(pathToFileURL(resolve(suiteDir, file)).href)
      if (options.only && !options.only.some((o) => file.includes(o) || suite.name?.includes(o)))
        continue
      console.log(`Running ${file}…`)
      const produced = await suite.run(ctx)
      for (const r of produced) {
        rows.push(r)
        console.log(
          `  ${r.name}: median ${formatMs(r.median)} ${r.unit}, p95 ${formatMs(r.p95)} ${r.unit}`
        )
      }
    }
  } finally {
    await browser.close()
    server.kill()
  }

  const header = ['figure', 'median', 'p95', 'floor median', 'ratio']
  const table = rows.map((r) => [
    r.name,
    `${formatMs(r.median)} ${r.unit}`,
    `${formatMs(r.p95)} ${r.unit}`,
    r.floorMedian === null ? '–' : `${formatMs(r.floorMedian)} ${r.unit}`,
    r.ratio === null ? '–' : `${r.ratio.toFixed(2)}x`
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)))
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(`\nResults (${scale}):`)
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const t of table) console.log(line(t))
  await writeFile(resolve(ROOT, 'bench-results.json'), JSON.stringify(rows, null, 2) + '\n')
  console.log('\nWrote bench-results.json')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
