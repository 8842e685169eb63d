// auth.unlock: from pressing Unlock with the passphrase typed to Today painted, beside the
// floor of the deliberate PBKDF2 hash alone. audit.write: one trail entry appended (what every
// change adds to its own transaction), beside a raw strict put of an entry-sized row.
// audit.verify: the whole chain of 200,000 entries checked, with progress, beside a raw read
// of every entry.
import { repeat } from '../lib.mjs'

export const name = 'auth-audit'

const PASSPHRASE = 'tempo run at dawn'
const TRAIL = 200_000

export async function run(ctx) {
  const { harness, context, base } = ctx
  const call = (fn, ...args) =>
    harness.evaluate(([f, a]) => window.bench.ext.audit[f](...a), [fn, args])
  await call('setPassphrase', 'demo-t-1', PASSPHRASE)

  const runs = Math.max(5, Math.min(ctx.runs, 10))
  const hashes = await repeat(runs, () => call('rawHash', PASSPHRASE))
  const unlocks = await repeat(runs, async () => {
    const page = await context.newPage()
    await page.goto(`${base}/index.html#/today`)
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor({ timeout: 30_000 })
    await page.evaluate(() => window.dispatchEvent(new Event('racepoint:system-lock')))
    await page.getByRole('button', { name: 'Unlock' }).waitFor()
    await page.getByLabel('Passphrase').fill(PASSPHRASE)
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now()
          const observer = new MutationObserver(() => {
            if ([...document.querySelectorAll('h1')].some((h) => h.textContent === 'Today')) {
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - t0))
            }
          })
          observer.observe(document, { childList: true, subtree: true })
          document.querySelector('button[type="submit"]').click()
        })
    )
    await page.close()
    return ms
  })

  const writeRuns = Math.max(20, ctx.runs)
  const raw = await repeat(writeRuns, () => call('rawPut'))
  const writes = await repeat(writeRuns, () => call('appendEntry'))

  console.log(`  seeding an audit trail of ${TRAIL.toLocaleString('en-US')} entries…`)
  await call('seedTrail', TRAIL)
  const verifyRuns = 3
  const reads = await repeat(verifyRuns, () => call('rawReadAll'))
  const verifies = await repeat(verifyRuns, () => call('verify'))
  if (verifies.some((v) => !v.ok || v.count !== TRAIL))
    throw new Error('audit.verify did not check the whole seeded trail as intact')
  const gap = Math.max(...verifies.map((v) => v.longestGap))
  console.log(`  longest wait for progress while checking: ${gap.toFixed(0)} ms`)

  return [
    ctx.row('auth.unlock', unlocks, hashes),
    ctx.row('audit.write', writes, raw),
    ctx.row(
      'audit.verify',
      verifies.map((v) => v.ms),
      reads
    )
  ]
}
