import { toIsoDate, weekStart } from '../../shared/dates'
import type { ParsedBackupName } from './names'

/**
 * How many automatic backups to keep: the newest few whatever their age, then the newest of
 * each of the last `daily` days, `weekly` weeks and `monthly` months that have backups (a
 * day, week or month with none takes no slot, so a clinic that closes for a summer keeps its
 * history). Copies made before a restore are kept apart: the newest `beforeRestore` of them.
 */
export type RotationPolicy = {
  recent: number
  daily: number
  weekly: number
  monthly: number
  beforeRestore: number
}

export const DEFAULT_ROTATION: RotationPolicy = {
  recent: 3,
  daily: 7,
  weekly: 4,
  monthly: 12,
  beforeRestore: 10
}

export type RotationPlan = { keep: string[]; remove: string[] }

const newestFirst = (a: ParsedBackupName, b: ParsedBackupName): number =>
  b.createdAt.getTime() - a.createdAt.getTime()

/** The newest backup in each of the `count` most recent periods that have one. */
function newestPerPeriod(
  sorted: readonly ParsedBackupName[],
  count: number,
  periodOf: (backup: ParsedBackupName) => string
): ParsedBackupName[] {
  const seen = new Set<string>()
  const kept: ParsedBackupName[] = []
  for (const backup of sorted) {
    const period = periodOf(backup)
    if (seen.has(period)) continue
    if (seen.size >= count) break
    seen.add(period)
    kept.push(backup)
  }
  return kept
}

/**
 * Which backups to keep and which to delete, at `now`. Periods are the clinic's local days,
 * ISO weeks and months. A backup dated after `now` (the computer's clock was wrong when it
 * was made) is kept and takes no slot, so a clock error never deletes good backups.
 */
export function planRotation(
  backups: readonly ParsedBackupName[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION
): RotationPlan {
  const keep = new Set<string>()
  const past = backups.filter((b) => b.createdAt.getTime() <= now.getTime())
  for (const b of backups) if (!past.includes(b)) keep.add(b.name)

  const auto = past.filter((b) => b.kind === 'auto').sort(newestFirst)
  const day = (b: ParsedBackupName): string => toIsoDate(b.createdAt)
  for (const b of [
    ...auto.slice(0, policy.recent),
    ...newestPerPeriod(auto, policy.daily, day),
    ...newestPerPeriod(auto, policy.weekly, (b) => weekStart(day(b))),
    ...newestPerPeriod(auto, policy.monthly, (b) => day(b).slice(0, 7))
  ])
    keep.add(b.name)

  const beforeRestore = past.filter((b) => b.kind === 'before-restore').sort(newestFirst)
  for (const b of beforeRestore.slice(0, policy.beforeRestore)) keep.add(b.name)

  const sorted = [...backups].sort(newestFirst).map((b) => b.name)
  return {
    keep: sorted.filter((name) => keep.has(name)),
    remove: sorted.filter((name) => !keep.has(name))
  }
}
