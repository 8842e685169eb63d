import {
  daysBetween,
  formatDate,
  formatDaysFrom,
  type IsoDate,
  type LocalDateTime
} from '@shared/dates'
import { formatDistance, type Race, type RacePriority } from '@shared/domain/race'
import {
  classifyPainChange,
  IMPORTANT_FALL_FRACTION,
  IMPORTANT_FALL_POINTS,
  type PainChange
} from '@shared/domain/rules/painChange'
import type { Session } from '@shared/domain/session'

export type PainReading = { pain: number; date: LocalDateTime; sessionId: string }

export type NextRace = {
  id: string
  name: string
  priority: RacePriority
  distance: string
  date: IsoDate
  daysLeft: number
}

export type ProgressSummary = {
  sessionCount: number
  /** Pain before treatment at the first scored session in the range. */
  baseline: PainReading | null
  /** Pain before treatment at the latest scored session in the range. */
  latest: PainReading | null
  /** Null until there are two scored sessions to compare. */
  change: PainChange | null
  /** The change in plain words. */
  verdict: string
  nextRace: NextRace | null
  nextRaceText: string
}

const percent = (fraction: number): string => `${Math.round(Math.abs(fraction) * 100)}%`
const points = (n: number): string => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`

/**
 * Pain before treatment is the outcome compared across sessions: the score straight after
 * needling is confounded by post-needling soreness (PMC5106437; docs/clinical-reference.md, "Pain change on the NPRS").
 */
export function baselineReading(sessions: readonly Session[]): PainReading | null {
  const first = sessions.find((s) => s.painBefore !== null)
  return first ? { pain: first.painBefore!, date: first.date, sessionId: first.id } : null
}

function latestReading(sessions: readonly Session[]): PainReading | null {
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i]!
    if (s.painBefore !== null) return { pain: s.painBefore, date: s.date, sessionId: s.id }
  }
  return null
}

function verdictFor(
  sessionCount: number,
  baseline: PainReading | null,
  latest: PainReading | null,
  change: PainChange | null
): string {
  if (sessionCount === 0) return 'No sessions in this time range.'
  if (!baseline || !latest) return 'No pain scores recorded before treatment in this time range.'
  if (!change) {
    return `One scored session so far: pain before treatment was ${baseline.pain} out of 10. The next session shows the change.`
  }
  const { baseline: from, latest: to } = change
  const fall = -change.change
  const share = change.fallFraction !== null ? ` (${percent(change.fallFraction)})` : ''
  switch (change.kind) {
    case 'important-improvement':
      return `Pain before treatment fell from ${from} to ${to} out of 10: ${points(fall)}${share} lower, a clinically important improvement.`
    case 'minimal-improvement':
      // Thresholds from painChange.ts: Farrar 2001 (PubMed 11690728), Salaffi 2004 (PubMed 15207508).
      return `Pain before treatment fell from ${from} to ${to} out of 10: ${points(fall)}${share} lower, a small change, not yet clinically important (that takes a fall of at least ${IMPORTANT_FALL_POINTS} points and ${percent(IMPORTANT_FALL_FRACTION)}).`
    case 'worse':
      return `Pain before treatment rose from ${from} to ${to} out of 10: ${points(change.change)} higher than at the first session.`
    case 'no-change':
      return from === to
        ? `Pain before treatment is unchanged: ${from} out of 10 at the first session and ${to} at the latest.`
        : `Pain before treatment fell from ${from} to ${to} out of 10: ${points(fall)}${share} lower, less than the smallest change the scale can show reliably.`
  }
}

function nextRaceOf(races: readonly Race[], today: IsoDate): NextRace | null {
  const next = races.filter((r) => r.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0]
  if (!next) return null
  return {
    id: next.id,
    name: next.name,
    priority: next.priority,
    distance: formatDistance(next.distance),
    date: next.date,
    daysLeft: daysBetween(today, next.date)
  }
}

/**
 * The summary beside the chart, for the sessions in the chosen range (oldest first) and all
 * of the patient's races.
 */
export function buildProgressSummary(
  sessions: readonly Session[],
  races: readonly Race[],
  today: IsoDate
): ProgressSummary {
  const baseline = baselineReading(sessions)
  const latest = latestReading(sessions)
  const change =
    baseline && latest && baseline.sessionId !== latest.sessionId
      ? classifyPainChange(baseline.pain, latest.pain)
      : null
  const nextRace = nextRaceOf(races, today)
  return {
    sessionCount: sessions.length,
    baseline,
    latest,
    change,
    verdict: verdictFor(sessions.length, baseline, latest, change),
    nextRace,
    nextRaceText: nextRace
      ? `${nextRace.name} (${nextRace.priority} race, ${nextRace.distance}) is ${formatDaysFrom(nextRace.daysLeft)}, on ${formatDate(nextRace.date)}.`
      : 'No upcoming races on the calendar.'
  }
}
