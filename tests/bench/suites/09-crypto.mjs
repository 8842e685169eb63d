// crypto.patient-read: 50 patients read one by one through the repository (each opened from
// its sealed row), beside the raw IndexedDB get of the same stored rows (no opening, no Dexie).
// crypto.search-query: the repository's name search for each keystroke of a few names (keyed
// tokens, rows opened), beside the raw token look-up with the same limit.
// crypto.migrate: a clinic from before sealing, of the bench's size, sealed whole (every row
// copied sealed into the clinic's bucket, ranked by name, then its credentials), beside the
// raw bulk write of the same clinic; crypto.migrate.progress-gap: the longest wait between
// two progress reports. Last of the suites: the sealed clinic it makes replaces the bench's.
import { repeat } from '../lib.mjs'

export const name = 'crypto'

const NAMES = ['martin', 'garcia', 'zoe', 'lindqvist']

export async function run(ctx) {
  const { harness, runs } = ctx
  const call = (fn, ...args) =>
    harness.evaluate(([f, a]) => window.bench.ext.crypto[f](...a), [fn, args])
  const search = (fn, q) => harness.evaluate(([f, v]) => window.bench.ext.search[f](v), [fn, q])

  const ids = await call('someIds', 50)
  await call('patientRead', ids)
  const raw = await repeat(runs, () => call('rawPatientRead', ids))
  const reads = await repeat(runs, () => call('patientRead', ids))

  const prefixes = NAMES.flatMap((w) =>
    Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1))
  )
  const rawQueries = []
  const queries = []
  for (let r = 0; r < Math.max(2, Math.min(runs, 5)); r++) {
    for (const p of prefixes) {
      rawQueries.push((await search('rawQuery', p)).ms)
      queries.push((await search('query', p)).ms)
    }
  }

  const rows = [
    ctx.row('crypto.patient-read', reads, raw),
    ctx.row('crypto.search-query', queries, rawQueries)
  ]
  if (ctx.options.skipMigrate) return rows
  console.log('  seeding a plain clinic of the same size to seal…')
  const o = ctx.options
  const rawSeed = await harness.evaluate(
    (opts) =>
      (async () => {
        const t0 = performance.now()
        await window.bench.ext.crypto.seedPlain(opts)
        return performance.now() - t0
      })(),
    {
      patients: o.patients,
      sessions: o.sessions,
      longHistories: o.longHistories,
      now: new Date().toISOString()
    }
  )
  const migrated = await call('migrate')
  console.log(
    `  sealed ${migrated.rows.toLocaleString('en-US')} rows in ${(migrated.ms / 1000).toFixed(1)} s, ${migrated.reports} progress reports, longest wait ${migrated.longestGap.toFixed(0)} ms`
  )
  rows.push(ctx.row('crypto.migrate', [migrated.ms], [rawSeed]))
  rows.push(ctx.row('crypto.migrate.progress-gap', [migrated.longestGap], null))
  return rows
}
