// crypto.patient-read: 50 patients read one by one through the repository (each opened from
// its sealed row), beside the same reads through the same repository over the same clinic
// unsealed (as a version from before sealing kept it). crypto.search-query: the repository's
// name search for each keystroke of a few names (keyed tokens, rows opened), beside the same
// search in the unsealed clinic. crypto.migrate: that unsealed clinic sealed whole (every row
// copied sealed into the clinic's bucket, ranked by name, then its credentials), beside the
// raw bulk write of the same clinic; crypto.migrate.progress-gap: the longest wait between
// two progress reports. Last of the suites: the sealed clinic it makes replaces the bench's.
export const name = 'crypto'

const NAMES = ['martin', 'garcia', 'zoe', 'lindqvist']

export async function run(ctx) {
  const { harness, runs } = ctx
  const call = (fn, ...args) =>
    harness.evaluate(([f, a]) => window.bench.ext.crypto[f](...a), [fn, args])

  console.log('  seeding the same clinic unsealed, as a version from before sealing kept it…')
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

  const ids = await call('someIds', 50)
  await call('patientRead', 'sealed', ids)
  await call('patientRead', 'plain', ids)
  const plainReads = []
  const reads = []
  // Interleaved, so a busy moment of the machine weighs on both.
  for (let r = 0; r < runs; r++) {
    plainReads.push(await call('patientRead', 'plain', ids))
    reads.push(await call('patientRead', 'sealed', ids))
  }

  const prefixes = NAMES.flatMap((w) =>
    Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1))
  )
  const plainQueries = []
  const queries = []
  for (let r = 0; r < Math.max(2, Math.min(runs, 5)); r++) {
    for (const p of prefixes) {
      plainQueries.push((await call('query', 'plain', p)).ms)
      queries.push((await call('query', 'sealed', p)).ms)
    }
  }

  const rows = [
    ctx.row('crypto.patient-read', reads, plainReads),
    ctx.row('crypto.search-query', queries, plainQueries)
  ]
  const migrated = await call('migrate')
  console.log(
    `  sealed ${migrated.rows.toLocaleString('en-US')} rows in ${(migrated.ms / 1000).toFixed(1)} s, ${migrated.reports} progress reports, longest wait ${migrated.longestGap.toFixed(0)} ms (${migrated.gapAt})`
  )
  rows.push(ctx.row('crypto.migrate', [migrated.ms], [rawSeed]))
  rows.push(ctx.row('crypto.migrate.progress-gap', [migrated.longestGap], null))
  return rows
}
