import type { RacePriority } from '@shared/domain/race'

/**
 * Colours for chart attributes, which cannot read CSS variables: the same values as the
 * tokens in styles/global.css (--ink, --primary, --race-a/b/c ...).
 */
export const CHART_COLORS = {
  before: '#10323a',
  after: '#0d7a78',
  drop: '#8fb5b3',
  rise: '#c0392b',
  followUp: '#a8650a',
  grid: '#e2e6eb',
  axis: '#cdd3da',
  tick: '#66737f',
  band: '#1f8a4c',
  baseline: '#3d4a57'
} as const

export const RACE_COLORS: Record<RacePriority, string> = {
  A: '#d64541',
  B: '#e39a26',
  C: '#6f7f91'
}

/** A, B and C races stay apart without colour too: solid, dashed, dotted. */
export const RACE_DASH: Record<RacePriority, string | undefined> = {
  A: undefined,
  B: '6 4',
  C: '2 4'
}
