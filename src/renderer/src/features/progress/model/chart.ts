import { dayOf, type IsoDate } from '@shared/dates'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { buildTimeDomain, buildTimeTicks, type AxisTick } from './axis'
import { buildImprovementBand, type ImprovementBand } from './band'
import { maxPointsForWidth } from './downsample'
import {
  buildRaceMarkers,
  buildRaceWindows,
  type RaceMarker,
  type RaceWindowShade,
  type TimeDomain
} from './races'
import {
  buildChartSessions,
  buildFollowUpPoints,
  downsampleSessions,
  isPlottable,
  sessionLabel,
  type ChartSession,
  type DrawnSession,
  type FollowUpPoint,
  type PainPoint
} from './series'
import { baselineReading } from './summary'

export type ProgressChartInput = {
  /** The sessions in the chosen range, oldest first. */
  sessions: readonly Session[]
  /** All of the patient's races. */
  races: readonly Race[]
  raceWindow: RaceWindowSettings
  today: IsoDate
  /** The range's first day; null for the whole history. */
  from: IsoDate | null
  /** Width of the plotting area in pixels (decides downsampling and label rows). */
  plotWidth: number
  /** Days of measures recorded between visits: the shared time axis covers them too. */
  extraDays?: readonly IsoDate[]
}

export type ProgressChart = {
  domain: TimeDomain
  ticks: AxisTick[]
  /** Every session in the range, oldest first: what the pointer and the table reach. */
  sessions: ChartSession[]
  /** The sessions drawn: all that have pain scores, or a downsampled subset. */
  drawn: DrawnSession[]
  /** The drawn sessions' scores, for the lines. */
  series: PainPoint[]
  isDownsampled: boolean
  /** Follow-ups of the drawn sessions. */
  followUps: FollowUpPoint[]
  markers: RaceMarker[]
  labelLanes: number
  windows: RaceWindowShade[]
  band: ImprovementBand | null
}

/** Everything the pain chart draws, from the sessions and races; the component only draws it. */
export function buildProgressChart(input: ProgressChartInput): ProgressChart {
  const { sessions, races, raceWindow, today, from, plotWidth } = input
  const domain = buildTimeDomain({
    from,
    today,
    sessionDays: [...sessions.map((s) => dayOf(s.date)), ...(input.extraDays ?? [])],
    raceDays: races.map((r) => r.date)
  })
  const chartSessions = buildChartSessions(sessions, races, raceWindow)
  const drawn = downsampleSessions(chartSessions, maxPointsForWidth(plotWidth)).map((s) => ({
    ...s,
    label: sessionLabel(s)
  }))
  const plottable = chartSessions.filter(isPlottable).length
  const { markers, lanes } = buildRaceMarkers(races, domain, plotWidth)
  return {
    domain,
    ticks: buildTimeTicks(domain),
    sessions: chartSessions,
    drawn,
    series: drawn.map((s) => ({ t: s.t, before: s.before, after: s.after })),
    isDownsampled: drawn.length < plottable,
    followUps: buildFollowUpPoints(sessions, new Set(drawn.map((s) => s.id))),
    markers,
    labelLanes: lanes,
    windows: buildRaceWindows(races, raceWindow, domain),
    band: buildImprovementBand(baselineReading(sessions)?.pain ?? null)
  }
}
