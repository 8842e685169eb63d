import { toTimestamp, weekStart } from '@shared/dates'
import {
  DISTANCE_MEASURE_IDS,
  measureDefinition,
  TIGHTNESS,
  type ClinicMeasure,
  type MeasureDefinition
} from '@shared/domain/measures/catalogue'
import {
  describeChange,
  displayUnit,
  type DistanceUnit,
  type MeasureChange
} from '@shared/domain/measures/change'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { limbSymmetry, type InjuredSide, type Symmetry } from '@shared/domain/measures/symmetry'
import { collectReadings, type MeasurePoint, type Reading } from '@shared/domain/measures/readings'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'
import type { RunningPainSettings } from '@shared/domain/settings'
import { lttbIndices, maxPointsForWidth } from './downsample'

const KM_PER_MILE = 1.609344
const round2 = (n: number): number => Math.round(n * 100) / 100

export type { MeasurePoint, Reading } from '@shared/domain/measures/readings'

export type MeasureBand = { y1: number; y2: number; label: string }

export type MeasureChart = {
  /** The measure's id, or `tightness:<muscle>` for a needled muscle's tightness. */
  id: string
  title: string
  def: MeasureDefinition
  unit: string
  isSided: boolean
  /** Weekly bars (running volume) rather than lines. */
  isBars: boolean
  injuredSide: InjuredSide | null
  yDomain: readonly [number, number]
  /** The points drawn (downsampled to about one per two pixels). */
  points: MeasurePoint[]
  /** How many readings there are in all. */
  readingCount: number
  isDownsampled: boolean
  /** The first reading's value (the injured side's, for a sided measure). */
  baseline: number | null
  /** Where a change from baseline is within the threshold (MDC) or meets it (MCID). */
  band: MeasureBand | null
  /** Latest limb symmetry against the clinic's setting, where the measure has one. */
  symmetry: Symmetry | null
  /** Bands of the pain-monitoring model, for pain during running. */
  zones: { safeUpTo: number; acceptableUpTo: number } | null
  /** One change per line: the measure, or each side. */
  changes: MeasureChange[]
  /** The chart in plain words. */
  summary: string[]
}

/** Tightness before and after at each needled muscle: `before` on the left line, `after` on the right. */
export function collectTightness(sessions: readonly Session[]): Map<string, Reading[]> {
  const byMuscle = new Map<string, Reading[]>()
  for (const s of sessions) {
    const seen = new Set<string>()
    for (const m of s.muscles) {
      if (seen.has(m.muscleId)) continue
      if (m.tightnessBefore === null && m.tightnessAfter === null) continue
      seen.add(m.muscleId)
      const list = byMuscle.get(m.muscleId) ?? []
      list.push({
        t: toTimestamp(s.date),
        date: s.date,
        sessionId: s.id,
        left: m.tightnessBefore,
        right: m.tightnessAfter,
        value: null
      })
      byMuscle.set(m.muscleId, list)
    }
  }
  return byMuscle
}

const first = <T>(list: readonly T[], pick: (x: T) => number | null) => {
  for (const x of list) if (pick(x) !== null) return x
  return undefined
}
const last = <T>(list: readonly T[], pick: (x: T) => number | null) => {
  for (let i = list.length - 1; i >= 0; i--) if (pick(list[i]!) !== null) return list[i]
  return undefined
}

function changeOf(
  def: MeasureDefinition,
  label: string,
  readings: readonly Reading[],
  key: 'left' | 'right' | 'value',
  units: DistanceUnit
): MeasureChange | null {
  const a = first(readings, (r) => r[key])
  const b = last(readings, (r) => r[key])
  if (!a || !b || a === b) return null
  return describeChange(
    def,
    label,
    { value: a[key]!, date: a.date },
    { value: b[key]!, date: b.date },
    units
  )
}

/**
 * The band a chart shades, from the baseline: for a minimal detectable change, the span a
 * measurement can vary around it; for an MCID or the PSFS's smallest grade, the values that
 * meet it in the better direction (docs/clinical-reference.md, "Recovery beyond pain"). None
 * for measures without a threshold.
 */
export function thresholdBand(
  def: MeasureDefinition,
  baseline: number | null,
  yDomain: readonly [number, number]
): MeasureBand | null {
  const t = def.threshold
  if (baseline === null || !t) return null
  const clamp = (n: number): number => Math.max(yDomain[0], Math.min(yDomain[1], n))
  if (t.kind === 'mdc') {
    return {
      y1: clamp(baseline - t.value),
      y2: clamp(baseline + t.value),
      label: `Within ${t.value} of the baseline: ${t.note}`
    }
  }
  const step = t.kind === 'mcid' ? t.value : t.kind === 'grades' ? t.small : null
  if (step === null) return null
  const edge = def.better === 'higher' ? baseline + step : baseline - step
  const band =
    def.better === 'higher'
      ? { y1: clamp(edge), y2: yDomain[1] }
      : { y1: yDomain[0], y2: clamp(edge) }
  if (band.y1 >= band.y2) return null
  return {
    ...band,
    label:
      t.kind === 'mcid'
        ? `A clinically important improvement on the baseline (${step} or more)`
        : `At least a small improvement on the baseline (${step} or more)`
  }
}

function yDomainOf(
  def: MeasureDefinition,
  readings: readonly Reading[]
): readonly [number, number] {
  if (def.kind === 'result') return [0, 1]
  if (def.kind !== 'number' && def.kind !== 'count') return [def.min, def.max]
  let hi = 0
  for (const r of readings) hi = Math.max(hi, r.left ?? 0, r.right ?? 0, r.value ?? 0)
  const top = hi <= 0 ? 1 : hi * 1.15
  // A round top keeps the ticks readable.
  const magnitude = 10 ** Math.floor(Math.log10(top))
  return [0, Math.min(def.max, Math.ceil(top / magnitude) * magnitude)]
}

/** Weekly bars: one per week (its Monday), the week's last reading. */
function weekly(readings: readonly Reading[]): Reading[] {
  const byWeek = new Map<string, Reading>()
  for (const r of readings) {
    const week = weekStart(r.date)
    byWeek.set(week, { ...r, t: toTimestamp(`${week}T12:00`) })
  }
  return [...byWeek.values()].sort((a, b) => a.t - b.t)
}

function downsample(readings: readonly Reading[], max: number): MeasurePoint[] {
  const points = readings.map(({ t, left, right, value }) => ({ t, left, right, value }))
  if (points.length <= max) return points
  const xs = points.map((p) => p.t)
  const fill = (key: 'left' | 'right' | 'value'): number[] => {
    let prev = 0
    return points.map((p) => (prev = p[key] ?? prev))
  }
  const kept = lttbIndices(xs, [fill('left'), fill('right'), fill('value')], max)
  return kept.map((i) => points[i]!)
}

export type MeasureChartsInput = {
  sessions: readonly Session[]
  recordings: readonly MeasureRecording[]
  clinicMeasures: readonly ClinicMeasure[]
  injuredSide: InjuredSide | null
  units: DistanceUnit
  limbSymmetryPercent: number
  runningPain: RunningPainSettings
  plotWidth: number
}

const sideLabel = (side: 'left' | 'right', injured: InjuredSide | null): string =>
  `${side === 'left' ? 'left' : 'right'}${injured === side ? ' (injured)' : ''}`

function chartFor(
  id: string,
  title: string,
  def: MeasureDefinition,
  readings: readonly Reading[],
  input: MeasureChartsInput,
  isTightness = false
): MeasureChart {
  const isBars = DISTANCE_MEASURE_IDS.has(def.id)
  // Distances are stored in km and drawn in the clinic's unit.
  const scale = isBars && input.units === 'mi' ? 1 / KM_PER_MILE : 1
  const shown =
    scale === 1
      ? readings
      : readings.map((r) => ({ ...r, value: r.value === null ? null : round2(r.value * scale) }))
  const drawnReadings = isBars ? weekly(shown) : shown
  const yDomain = yDomainOf(def, shown)
  const isSided = def.isSided || isTightness
  const injured = def.isSided ? input.injuredSide : null
  const baselineKey: 'left' | 'right' | 'value' = isTightness
    ? 'left'
    : def.isSided
      ? (injured ?? 'left')
      : 'value'
  const baseline = first(shown, (r) => r[baselineKey])?.[baselineKey] ?? null
  const changes = (
    isTightness
      ? [changeOf(def, `${title}, before needling`, readings, 'left', input.units)]
      : def.isSided
        ? (['left', 'right'] as const).map((s) =>
            changeOf(def, `${def.shortName}, ${sideLabel(s, injured)}`, readings, s, input.units)
          )
        : [changeOf(def, def.shortName, readings, 'value', input.units)]
  ).filter((c): c is MeasureChange => c !== null)
  const latest = last(readings, (r) => (r.left !== null && r.right !== null ? 1 : null))
  const symmetry =
    def.hasSymmetry && injured && latest
      ? limbSymmetry(latest, injured, input.limbSymmetryPercent)
      : null
  const summary = changes.map((c) => c.text)
  if (changes.length === 0) {
    summary.push(
      readings.length === 1
        ? `${title}: one reading so far; the next shows the change.`
        : `${title}: no change to compare yet.`
    )
  }
  if (symmetry) {
    summary.push(
      `Limb symmetry ${symmetry.percent}% (injured side against the other): ${symmetry.isMet ? 'at or above' : 'below'} the clinic’s ${symmetry.target}%.`
    )
  }
  const max = maxPointsForWidth(input.plotWidth)
  const points = downsample(drawnReadings, max)
  return {
    id,
    title,
    def,
    unit: displayUnit(def, input.units),
    isSided,
    isBars,
    injuredSide: injured,
    yDomain,
    points,
    readingCount: readings.length,
    isDownsampled: points.length < drawnReadings.length,
    baseline,
    band: thresholdBand(def, baseline, yDomain),
    symmetry,
    zones: def.id === 'running-pain' ? { ...input.runningPain } : null,
    changes,
    summary
  }
}

/** Tightness charts shown at most: the muscles needled most often with tightness rated. */
export const MAX_TIGHTNESS_CHARTS = 3

/**
 * The small multiples under the pain chart: each measure the patient has, in catalogue order,
 * then the clinic's own, then tightness at the most-rated needled muscles. Distances are
 * converted for display by the chart (values stay in km here; `unit` says what to show).
 */
export function buildMeasureCharts(input: MeasureChartsInput): MeasureChart[] {
  const readings = collectReadings(input.sessions, input.recordings, input.clinicMeasures)
  const charts: MeasureChart[] = []
  for (const [id, list] of readings) {
    const def = measureDefinition(id, input.clinicMeasures)
    if (def) charts.push(chartFor(id, def.shortName, def, list, input))
  }
  const order = (c: MeasureChart): number => {
    const i = ['range', 'function', 'tightness', 'strength', 'running'].indexOf(c.def.group)
    return c.def.origin === 'clinic' ? 10 : i
  }
  charts.sort((a, b) => order(a) - order(b))
  const tightness = [...collectTightness(input.sessions)]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, MAX_TIGHTNESS_CHARTS)
  for (const [muscleId, list] of tightness) {
    const name = `Tightness, ${muscleName(muscleId)}`
    charts.push(chartFor(`tightness:${muscleId}`, name, TIGHTNESS, list, input, true))
  }
  return charts
}
