import type { Side } from '@shared/domain/common'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'

export type MuscleStat = {
  muscleId: string
  name: string
  /** Sessions in which the muscle was needled (on any side). */
  sessions: number
  sides: Side[]
  /** Mean fall in pain (before - after) over those sessions with both scores; null if none. */
  averageDrop: number | null
  /** How many of those sessions had a local twitch response in this muscle. */
  sessionsWithTwitch: number
  /** sessionsWithTwitch / sessions. */
  twitchRate: number
}

const SIDE_ORDER: Record<Side, number> = { left: 0, right: 1, bilateral: 2 }

/** Per needled muscle: how often, the pain drop in those sessions, and twitch responses. Most needled first. */
export function buildMuscleStats(sessions: readonly Session[]): MuscleStat[] {
  const byMuscle = new Map<
    string,
    { sessions: number; sides: Set<Side>; dropSum: number; dropCount: number; twitch: number }
  >()
  for (const s of sessions) {
    const drop = s.painBefore !== null && s.painAfter !== null ? s.painBefore - s.painAfter : null
    // A muscle needled on both sides as two entries still counts once for the session.
    const seen = new Map<string, { sides: Side[]; hasTwitch: boolean }>()
    for (const m of s.muscles) {
      const entry = seen.get(m.muscleId) ?? { sides: [], hasTwitch: false }
      entry.sides.push(m.side)
      entry.hasTwitch ||= m.twitchCount > 0
      seen.set(m.muscleId, entry)
    }
    for (const [muscleId, entry] of seen) {
      const stat = byMuscle.get(muscleId) ?? {
        sessions: 0,
        sides: new Set<Side>(),
        dropSum: 0,
        dropCount: 0,
        twitch: 0
      }
      stat.sessions++
      entry.sides.forEach((side) => stat.sides.add(side))
      if (drop !== null) {
        stat.dropSum += drop
        stat.dropCount++
      }
      if (entry.hasTwitch) stat.twitch++
      byMuscle.set(muscleId, stat)
    }
  }
  return [...byMuscle.entries()]
    .map(([muscleId, stat]) => ({
      muscleId,
      name: muscleName(muscleId),
      sessions: stat.sessions,
      sides: [...stat.sides].sort((a, b) => SIDE_ORDER[a] - SIDE_ORDER[b]),
      averageDrop: stat.dropCount > 0 ? stat.dropSum / stat.dropCount : null,
      sessionsWithTwitch: stat.twitch,
      twitchRate: stat.twitch / stat.sessions
    }))
    .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name))
}
