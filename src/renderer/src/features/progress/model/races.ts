import { formatDate, toTimestamp } from '@shared/dates'
import { formatDistance, type Race, type RacePriority } from '@shared/domain/race'
import { raceWindowBounds } from '@shared/domain/rules/raceWindow'
import type { RaceWindowSettings } from '@shared/domain/settings'

export type TimeDomain = readonly [start: number, end: number]

export type RaceMarker = {
  id: string
  /** Race day's noon: a race's start time is not recorded. */
  t: number
  name: string
  priority: RacePriority
  distance: string
  /** Text drawn beside the marker. */
  text: string
  /** Row of the label above the plot, so labels of nearby races do not overlap. */
  lane: number
  /** Draw the label to the left of the line (near the right edge). */
  isLabelLeft: boolean
  ariaLabel: string
}

export type RaceWindowShade = {
  raceId: string
  priority: RacePriority
  start: number
  end: number
}

/** Approximate width of one label character at the chart's 11px font, and the badge. */
const CHAR_PX = 6.2
const BADGE_PX = 22
const LABEL_GAP_PX = 10
export const MAX_LABEL_LANES = 3

/** The race windows in the domain, clipped to it, as shaded spans. */
export function buildRaceWindows(
  races: readonly Race[],
  settings: RaceWindowSettings,
  domain: TimeDomain
): RaceWindowShade[] {
  const shades: RaceWindowShade[] = []
  for (const race of races) {
    const { start, end } = raceWindowBounds(race, settings)
    if (end <= domain[0] || start >= domain[1]) continue
    shades.push({
      raceId: race.id,
      priority: race.priority,
      start: Math.max(start, domain[0]),
      end: Math.min(end, domain[1])
    })
  }
  return shades
}

/**
 * Markers for the races inside the domain, with label lanes assigned left to right so that
 * labels which would overlap at this plot width go on different rows.
 */
export function buildRaceMarkers(
  races: readonly Race[],
  domain: TimeDomain,
  plotWidthPx: number
): { markers: RaceMarker[]; lanes: number } {
  const span = Math.max(1, domain[1] - domain[0])
  const toPx = (t: number): number => ((t - domain[0]) / span) * plotWidthPx
  const laneEnds: number[] = []
  const markers: RaceMarker[] = []
  const inside = races
    .map((race) => ({ race, t: toTimestamp(`${race.date}T12:00`) }))
    .filter(({ t }) => t >= domain[0] && t <= domain[1])
    .sort((a, b) => a.t - b.t)
  for (const { race, t } of inside) {
    const distance = formatDistance(race.distance)
    const text = `${race.name} · ${distance}`
    const width = BADGE_PX + text.length * CHAR_PX + LABEL_GAP_PX
    const x = toPx(t)
    const isLabelLeft = x + width > plotWidthPx && x - width >= 0
    const left = isLabelLeft ? x - width : x
    let lane = laneEnds.findIndex((end) => end <= left)
    if (lane === -1) {
      if (laneEnds.length < MAX_LABEL_LANES) lane = laneEnds.length
      else lane = laneEnds.indexOf(Math.min(...laneEnds))
    }
    laneEnds[lane] = left + width
    markers.push({
      id: race.id,
      t,
      name: race.name,
      priority: race.priority,
      distance,
      text,
      lane,
      isLabelLeft,
      ariaLabel: `${race.priority} race: ${race.name}, ${distance}, ${formatDate(race.date)}`
    })
  }
  return { markers, lanes: laneEnds.length }
}
