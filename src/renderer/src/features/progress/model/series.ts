import { formatDateTime, toTimestamp, type LocalDateTime } from '@shared/dates'
import { SIDE_LABELS } from '@shared/domain/common'
import { muscleName } from '@shared/domain/muscles'
import type { Race } from '@shared/domain/race'
import { raceWindowBounds, raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import { ADVERSE_EVENT_LABELS, type FollowUpCheckpoint, type Session } from '@shared/domain/session'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { lttbIndices } from './downsample'

/** One session as the chart draws it, with what its tooltip says. */
export type ChartSession = {
  id: string
  /** Milliseconds since the epoch: the x position. */
  t: number
  date: LocalDateTime
  before: number | null
  after: number | null
  /** Fall in pain within the session (before - after); negative when it rose. */
  drop: number | null
  hasNeedling: boolean
  therapist: string
  /** "Soleus (left)", one per needled muscle. */
  muscles: string[]
  twitchResponses: number
  adverseEvents: string[]
  followUps: { checkpoint: FollowUpCheckpoint; soreness: number }[]
  /** The race-window warning needling at this time raises, if any. */
  raceWarning: string | null
}

/** A drawn session, named for screen readers. */
export type DrawnSession = ChartSession & { label: string }

/** The values Recharts' lines need, kept small: Recharts copies and freezes its data. */
export type PainPoint = { t: number; before: number | null; after: number | null }

export type FollowUpPoint = {
  sessionId: string
  t: number
  checkpoint: FollowUpCheckpoint
  soreness: number
}

/** "Session 2 Mar 2026, 10:30: pain 7 before, 3 after", the name of a session's point. */
export function sessionLabel(s: Pick<ChartSession, 'date' | 'before' | 'after'>): string {
  const pain =
    s.before === null && s.after === null
      ? 'no pain scores'
      : `pain ${s.before ?? 'not scored'} before, ${s.after ?? 'not scored'} after`
  return `Session ${formatDateTime(s.date)}: ${pain}`
}

/** The chart's view of each session, oldest first (input must be oldest first). */
export function buildChartSessions(
  sessions: readonly Session[],
  races: readonly Pick<Race, 'id' | 'name' | 'date' | 'priority'>[],
  raceWindow: RaceWindowSettings
): ChartSession[] {
  // The rule's wording is only needed for the few sessions inside a window: find those by
  // timestamp against the same spans (races.ts), then let the rule say why.
  const spans = races.map((race) => raceWindowBounds(race, raceWindow))
  return sessions.map((s) => {
    const t = toTimestamp(s.date)
    const isInWindow = s.hasNeedling && spans.some((w) => t >= w.start && t < w.end)
    const warnings = isInWindow ? raceWindowWarnings(s.date, races, raceWindow) : []
    return {
      id: s.id,
      t,
      date: s.date,
      before: s.painBefore,
      after: s.painAfter,
      drop: s.painBefore !== null && s.painAfter !== null ? s.painBefore - s.painAfter : null,
      hasNeedling: s.hasNeedling,
      therapist: s.therapist.name,
      muscles: s.muscles.map(
        (m) => `${muscleName(m.muscleId)} (${SIDE_LABELS[m.side].toLowerCase()})`
      ),
      twitchResponses: s.muscles.reduce((sum, m) => sum + m.twitchCount, 0),
      adverseEvents: s.adverseEvents.map(
        (e) => `${ADVERSE_EVENT_LABELS[e.category]} (${e.severity})`
      ),
      followUps: s.followUps
        .map((f) => ({ checkpoint: f.checkpoint, soreness: f.soreness }))
        .sort((a, b) => (a.checkpoint < b.checkpoint ? -1 : a.checkpoint > b.checkpoint ? 1 : 0)),
      raceWarning: warnings[0]?.message ?? null
    }
  })
}

/** Soreness follow-ups of the given sessions, placed when they were recorded. */
export function buildFollowUpPoints(
  sessions: readonly Session[],
  keep: ReadonlySet<string> | null = null
): FollowUpPoint[] {
  const points: FollowUpPoint[] = []
  for (const s of sessions) {
    if (keep && !keep.has(s.id)) continue
    for (const f of s.followUps) {
      points.push({
        sessionId: s.id,
        t: toTimestamp(f.recordedAt),
        checkpoint: f.checkpoint,
        soreness: f.soreness
      })
    }
  }
  return points.sort((a, b) => a.t - b.t)
}

/** Sessions that have a pain score to draw. */
export function isPlottable(s: ChartSession): boolean {
  return s.before !== null || s.after !== null
}

/**
 * The sessions to draw: all plottable ones, or at most `maxPoints` chosen by LTTB over both
 * pain series. Sessions left out stay reachable: the chart finds the nearest session of the
 * full list under the pointer, and the data table lists every one.
 */
export function downsampleSessions(
  sessions: readonly ChartSession[],
  maxPoints: number
): ChartSession[] {
  const plottable = sessions.filter(isPlottable)
  if (plottable.length <= maxPoints) return plottable
  const xs = plottable.map((s) => s.t)
  const before = plottable.map((s) => s.before ?? s.after!)
  const after = plottable.map((s) => s.after ?? s.before!)
  return lttbIndices(xs, [before, after], maxPoints).map((i) => plottable[i]!)
}
