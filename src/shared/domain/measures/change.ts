import { formatDate, type IsoDate, type LocalDateTime } from '../../dates'
import { DISTANCE_MEASURE_IDS, RETURN_STAGES, type MeasureDefinition } from './catalogue'

/** Kilometres in a mile, for showing distances in the clinic's unit. */
const KM_PER_MILE = 1.609344

export type DistanceUnit = 'km' | 'mi'

/** The unit a measure's values are shown in: distances follow the clinic's unit. */
export function displayUnit(def: MeasureDefinition, units: DistanceUnit): string {
  return DISTANCE_MEASURE_IDS.has(def.id) ? units : def.unit
}

/** A stored value as shown: km in the clinic's unit, results and stages in words. */
export function displayValue(def: MeasureDefinition, n: number, units: DistanceUnit): string {
  if (def.kind === 'result') return n >= 0.5 ? 'positive' : 'negative'
  if (def.kind === 'stage') return RETURN_STAGES[Math.round(n)] ?? String(n)
  const shown = DISTANCE_MEASURE_IDS.has(def.id) && units === 'mi' ? n / KM_PER_MILE : n
  return String(Math.round(shown * 10) / 10)
}

/** Converts a distance typed in the clinic's unit to the km stored. */
export function toStoredDistance(n: number, units: DistanceUnit): number {
  return units === 'mi' ? Math.round(n * KM_PER_MILE * 100) / 100 : n
}

export type MeasureReading = { value: number; date: LocalDateTime | IsoDate }

export type ChangeVerdict = 'better' | 'worse' | 'same'

export type MeasureChange = {
  from: MeasureReading
  to: MeasureReading
  /** to - from, in stored units. */
  delta: number
  verdict: ChangeVerdict
  /** Beyond the measure's threshold for a real change (measurement error, MCID or result). */
  isBeyondThreshold: boolean
  /** Only for measures with a published MCID: an improvement of at least it. */
  isClinicallyImportant: boolean
  /** The change in plain words, with its threshold where the reference gives one. */
  text: string
}

const round = (n: number): number => Math.round(n * 100) / 100

function verdictOf(def: MeasureDefinition, delta: number): ChangeVerdict {
  if (Math.abs(delta) < 1e-9) return 'same'
  return delta > 0 === (def.better === 'higher') ? 'better' : 'worse'
}

/**
 * How a measure changed from one reading to another, in words like "Knee-to-wall, left: 6 →
 * 10 cm since 1 Oct 2026, more than the 1.9 cm a measurement can vary". Thresholds come from
 * the catalogue (docs/clinical-reference.md, "Recovery beyond pain") or the clinic's own;
 * without one only the change is stated. Only an MCID makes a change clinically important.
 */
export function describeChange(
  def: MeasureDefinition,
  label: string,
  from: MeasureReading,
  to: MeasureReading,
  units: DistanceUnit = 'km'
): MeasureChange {
  const delta = round(to.value - from.value)
  const verdict = verdictOf(def, delta)
  const unit = displayUnit(def, units)
  const unitText = unit && unit !== '/10' ? ` ${unit}` : unit === '/10' ? '/10' : ''
  const base = `${label}: ${displayValue(def, from.value, units)} → ${displayValue(def, to.value, units)}${unitText} since ${formatDate(from.date)}`
  const size = Math.abs(delta)
  const t = def.threshold
  let isBeyondThreshold = false
  let isClinicallyImportant = false
  let tail = ''
  if (t?.kind === 'mdc') {
    isBeyondThreshold = size > t.value
    const u = unit && unit !== '/10' ? ` ${unit}` : ''
    if (verdict !== 'same') {
      tail = isBeyondThreshold
        ? `, more than the ${t.value}${u} ${t.note}`
        : `, within the ${t.value}${u} ${t.note}`
    }
  } else if (t?.kind === 'mcid') {
    isBeyondThreshold = size >= t.value
    isClinicallyImportant = isBeyondThreshold && verdict === 'better'
    const u = unit ? ` ${unit}` : ''
    if (verdict !== 'same') {
      tail = isClinicallyImportant
        ? `, a clinically important improvement (${t.value}${u} or more)`
        : isBeyondThreshold
          ? `, worse by at least the ${t.value}${u} ${t.note}`
          : `, less than the ${t.value}${u} ${t.note}`
    }
  } else if (t?.kind === 'grades') {
    isBeyondThreshold = size >= t.small
    const grade = size >= t.large ? 'large' : size >= t.medium ? 'medium' : 'small'
    const at = size >= t.large ? t.large : size >= t.medium ? t.medium : t.small
    if (verdict !== 'same') {
      tail = isBeyondThreshold
        ? `, a ${grade} ${verdict === 'better' ? 'improvement' : 'change for the worse'} (${at} or more ${t.note})`
        : `, less than the ${t.small} of a small change`
    }
  } else if (t?.kind === 'result-change') {
    isBeyondThreshold = verdict !== 'same'
    if (isBeyondThreshold) tail = `, ${t.note}`
  }
  return { from, to, delta, verdict, isBeyondThreshold, isClinicallyImportant, text: base + tail }
}

/** A recorded value in words: "Left 6.5 · Right 11 cm", "52 points", "Right positive", a stage. */
export function formatMeasureValue(
  def: MeasureDefinition,
  v: {
    left: number | null
    right: number | null
    value: number | null
    activities: readonly { name: string; score: number }[]
  },
  units: DistanceUnit
): string {
  const unit = displayUnit(def, units)
  const suffix =
    def.kind === 'result' || def.kind === 'stage'
      ? ''
      : unit === '/10'
        ? '/10'
        : unit
          ? ` ${unit}`
          : ''
  if (def.kind === 'psfs') {
    if (v.activities.length === 0) return '–'
    const mean = v.activities.reduce((s, a) => s + a.score, 0) / v.activities.length
    const list = v.activities.map((a) => `${a.name} ${a.score}`).join('; ')
    return `mean ${Math.round(mean * 10) / 10}/10 (${list})`
  }
  if (def.isSided) {
    const parts = (['left', 'right'] as const)
      .filter((s) => v[s] !== null)
      .map((s) => `${s === 'left' ? 'Left' : 'Right'} ${displayValue(def, v[s]!, units)}`)
    return parts.length ? `${parts.join(' · ')}${suffix}` : '–'
  }
  return v.value === null ? '–' : `${displayValue(def, v.value, units)}${suffix}`
}
