// backup.export: building the backup file of the whole clinic (every table read in one
// transaction, serialised, checksummed), beside a raw IndexedDB read of every row.
// backup.verify: reading that file back and checking it completely (layout, counts, checksum,
// every row through the schemas); no floor. backup.restore: the checked rows replacing every
// table in one transaction, beside a raw clear-and-put of the same rows.
// backup.progress-gap: the longest wait between two progress reports in any of the three.
import { repeat } from '../lib.mjs'

export const name = 'backup'

export async function run(ctx) {
  const { harness } = ctx
  // Whole-clinic operations take seconds each at full scale: fewer runs than the quick figures.
  const runs = Math.max(3, Math.min(ctx.runs, 5))
  const ext = () => harness.evaluate.bind(harness)
  const call = (fn) => ext()((f) => window.bench.ext.backup[f](), fn)

  const rawRead = await repeat(runs, () => call('rawReadAll'))
  const exports = await repeat(runs, () => call('exportBackup'))
  const verifies = await repeat(runs, () => call('verifyBackup'))
  const rawWrite = []
  const restores = []
  for (let i = 0; i < runs; i++) {
    rawWrite.push(await call('rawWriteAll'))
    restores.push(await call('restoreBackup'))
  }
  const mb = (exports[0].bytes / 1024 / 1024).toFixed(0)
  console.log(`  backup file: ${mb} MB`)
  const all = [...exports, ...verifies, ...restores]
  const worst = all.reduce((a, b) => (b.longestGap > a.longestGap ? b : a))
  console.log(`  longest wait for progress: ${worst.longestGap.toFixed(0)} ms (${worst.gapAt})`)
  const gaps = all.map((r) => r.longestGap)
  return [
    ctx.row(
      'backup.export',
      exports.map((r) => r.ms),
      rawRead
    ),
    ctx.row(
      'backup.verify',
      verifies.map((r) => r.ms)
    ),
    ctx.row(
      'backup.restore',
      restores.map((r) => r.ms),
      rawWrite
    ),
    ctx.row('backup.progress-gap', gaps)
  ]
}
