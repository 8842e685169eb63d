// Racepoint benchmarks: `npm run bench [-- --patients 10000 --sessions 100000 --runs 20 --only startup]`,
// or at several clinic sizes with `--scale 2000:20000,30000:300000` (`--scale growth` for those
// two). Builds a harness page, seeds a synthetic clinic in bulk into the IndexedDB of a Chromium
// profile on disk, runs every suite in tests/bench/suites (in file order), prints a table per
// size and, with two sizes or more, a growth table (each figure at the smallest and largest
// size and its exponent: figure ~ size^exponent), and writes bench-results.json.
// BENCH_VERBOSE=1 prints the harness pages' console.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
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
    scale: null,
    longHistories: [200, 1000]
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (flag === '--patients') options.patients = Number(value)
    else if (flag === '--sessions') options.sessions = Number(value)
    else if (flag === '--runs') options.runs = Number(value)
    else if (flag === '--only') options.only = value.split(',')
    else if (flag === '--scale') options.scale = parseScale(value)
    else continue
    i++
  }
  return options
}

/** `2000:20000,30000:300000` (patients:sessions, comma-separated), or `growth` for those two. */
function parseScale(value) {
  const text = value === 'growth' ? '2000:20000,30000:300000' : value
  const sizes = text.split(',').map((part) => {
    const [patients, sessions] = part.split(':').map(Number)
    if (!(patients > 0) || !(sessions >= 0)) throw new Error(`--scale: cannot read "${part}"`)
    return { patients, sessions }
  })
  return sizes.sort((a, b) => a.patients - b.patients)
}

/**
 * Each figure at the smallest and the largest size, and its growth exponent k in
 * figure ~ size^k (0: flat; 1: grows in step with the clinic). Figures of 0 (no long task) at
 * both sizes are flat; 0 at one size only has no exponent.
 */
export function growthTable(runs) {
  if (runs.length < 2) return []
  const first = runs[0]
  const last = runs[runs.length - 1]
  const sizeRatio = last.patients / first.patients
  return first.rows.flatMap((small) => {
    const large = last.rows.find((r) => r.name === small.name)
    if (!large) return []
    const exponent = (a, b) =>
      a === 0 && b === 0 ? 0 : a > 0 && b > 0 ? Math.log(b / a) / Math.log(sizeRatio) : null
    return [
      {
        name: small.name,
        unit: small.unit,
        small: { scale: first.scale, median: small.median, p95: small.p95 },
        large: { scale: last.scale, median: large.median, p95: large.p95 },
        exponent: exponent(small.median, large.median),
        exponentP95: exponent(small.p95, large.p95)
      }
    ]
  })
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
      // The harness finds the sealed clinic's bucket and key before it is ready.
      target: 'esnext',
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

function printTable(title, header, table) {
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)))
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(`\n${title}:`)
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const t of table) console.log(line(t))
}

const AUTO_SIGN_IN = `(() => {
  const PASSPHRASE = 'tempo run at dawn'
  const tryIt = () => {
    if (window.__signInShownAt !== undefined) return
    const input = document.querySelector('input[type="password"][autocomplete="current-password"]')
    const button = [...document.querySelectorAll('button[type="submit"]')].find((b) =>
      /^(Sign in|Unlock)$/.test(b.textContent ?? '')
    )
    if (!input || !button) return
    window.__signInShownAt = performance.now()
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    setValue.call(input, PASSPHRASE)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    setTimeout(() => button.click(), 0)
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'racepoint:signed-in' && window.__signInSpan === undefined)
        window.__signInSpan = entry.startTime - (window.__signInShownAt ?? entry.startTime)
  }).observe({ type: 'mark', buffered: true })
  const observer = new MutationObserver(tryIt)
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true })
  )
})()`

async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 880 }
  })
  // The clinic's key lives in memory only, so every page starts at the sign-in screen: it is
  // filled in and sent the moment it appears, as the clinic's owner. window.__signInSpan is
  // the time from that screen to the key being open (the passphrase's deliberate PBKDF2
  // derivation, timed on its own row, auth.unlock); start-up figures leave it out.
  await context.addInitScript(AUTO_SIGN_IN)
  return context
}

/** Seeds one clinic size and runs every suite on it; resolves with its rows. */
async function runAtSize(options, size) {
  const scale = `${size.patients} patients / ${size.sessions} sessions`
  console.log(`\nRacepoint benchmarks at ${scale}, ${options.runs} runs per figure`)
  // A profile on disk, so a fresh browser process (a cold start) opens the same clinic.
  const profile = await mkdtemp(join(tmpdir(), 'racepoint-bench-'))
  let context = await launch(profile)
  const rows = []
  let seedMs = null
  const openHarness = async () => {
    const page = await context.newPage()
    if (process.env.BENCH_VERBOSE) page.on('console', (m) => console.log('[page]', m.text()))
    await page.goto(`${BASE}/bench/index.html`)
    await page.waitForFunction(() => 'bench' in window)
    return page
  }
  try {
    const harness = await openHarness()
    console.log('Seeding the synthetic clinic in bulk transactions…')
    const timer = setInterval(
      async () => console.log(`  ${await harness.title().catch(() => '')}`),
      5000
    )
    const seeded = await harness.evaluate((o) => window.bench.seed(o), {
      patients: size.patients,
      sessions: size.sessions,
      longHistories: options.longHistories,
      now: new Date().toISOString()
    })
    clearInterval(timer)
    seedMs = seeded.ms
    console.log(
      `Seeded ${seeded.patients} patients, ${seeded.sessions} sessions, ${seeded.races} races in ${(seeded.ms / 1000).toFixed(1)} s`
    )

    const ctx = {
      context,
      harness,
      base: BASE,
      runs: options.runs,
      options: { ...options, ...size },
      scale,
      stats,
      /**
       * Closes the browser and starts a fresh process on the same profile, for a cold start:
       * resolves with the new context. Later suites get it (and a new harness page) too.
       */
      async freshBrowser() {
        await context.close()
        context = await launch(profile)
        ctx.context = context
        return context
      },
      /** After freshBrowser: the harness page again, in the current browser. */
      async reopenHarness() {
        ctx.harness = await openHarness()
        return ctx.harness
      },
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
    await context.close().catch(() => undefined)
    await rm(profile, { recursive: true, force: true })
  }

  printTable(
    `Results (${scale})`,
    ['figure', 'median', 'p95', 'floor median', 'ratio'],
    rows.map((r) => [
      r.name,
      `${formatMs(r.median)} ${r.unit}`,
      `${formatMs(r.p95)} ${r.unit}`,
      r.floorMedian === null ? '–' : `${formatMs(r.floorMedian)} ${r.unit}`,
      r.ratio === null ? '–' : `${r.ratio.toFixed(2)}x`
    ])
  )
  return { ...size, scale, seedMs, rows }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const sizes = options.scale ?? [{ patients: options.patients, sessions: options.sessions }]
  await buildHarness()
  const server = await startServer()
  const runs = []
  try {
    for (const size of sizes) runs.push(await runAtSize(options, size))
  } finally {
    server.kill()
  }
  const growth = growthTable(runs)
  if (growth.length > 0) {
    const exp = (k) => (k === null ? '–' : k.toFixed(2))
    printTable(
      `Growth from ${runs[0].scale} to ${runs[runs.length - 1].scale} (figure ~ size^k)`,
      ['figure', 'small median', 'large median', 'k (median)', 'large p95', 'k (p95)'],
      growth.map((g) => [
        g.name,
        `${formatMs(g.small.median)} ${g.unit}`,
        `${formatMs(g.large.median)} ${g.unit}`,
        exp(g.exponent),
        `${formatMs(g.large.p95)} ${g.unit}`,
        exp(g.exponentP95)
      ])
    )
  }
  await writeFile(
    resolve(ROOT, 'bench-results.json'),
    JSON.stringify(
      {
        runs: runs.map(({ patients, sessions, scale, seedMs, rows }) => ({
          patients,
          sessions,
          scale,
          seedMs,
          rows
        })),
        growth
      },
      null,
      2
    ) + '\n'
  )
  console.log('\nWrote bench-results.json')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
