import { formatDate, toLocalDateTime } from '@shared/dates'
import { type BackupCounts } from '@renderer/db/tables'

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** "12 patients, 140 sessions and 26 races" (drafts only when there are some). */
export function describeCounts(counts: BackupCounts): string {
  const parts = [
    plural(counts.patients, 'patient', 'patients'),
    plural(counts.sessions, 'session', 'sessions'),
    plural(counts.races, 'race', 'races')
  ]
  if (counts.drafts > 0)
    parts.push(plural(counts.drafts, 'unsaved session draft', 'unsaved session drafts'))
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** "16 Mar 2026, 09:00" in the clinic's local time. */
export function describeMoment(iso: string): string {
  const date = new Date(iso)
  return `${formatDate(date)}, ${toLocalDateTime(date).slice(11, 16)}`
}

/** "34.4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`
}
