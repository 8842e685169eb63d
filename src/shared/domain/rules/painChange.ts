/**
 * How much a pain score (NPRS 0-10) has changed from baseline, in clinical terms.
 * Clinically important improvement: a fall of 2 points or more, or of 30% or more from
 * baseline (Farrar 2001, PubMed 11690728; Salaffi 2004, PubMed 15207508).
 * Minimal change: 1 point or 15% (Salaffi 2004).
 */
export const IMPORTANT_FALL_POINTS = 2
export const IMPORTANT_FALL_FRACTION = 0.3
export const MINIMAL_FALL_POINTS = 1
export const MINIMAL_FALL_FRACTION = 0.15

export type PainChangeClass =
  'important-improvement' | 'minimal-improvement' | 'no-change' | 'worse'

export type PainChange = {
  baseline: number
  latest: number
  /** latest - baseline: negative is better. */
  change: number
  /** Fall as a fraction of baseline (0.4 = 40% better); null when baseline is 0. */
  fallFraction: number | null
  kind: PainChangeClass
  isClinicallyImportant: boolean
}

export function classifyPainChange(baseline: number, latest: number): PainChange {
  const change = latest - baseline
  const fall = -change
  const fallFraction = baseline > 0 ? fall / baseline : null
  const reaches = (points: number, fraction: number): boolean =>
    fall > 0 && (fall >= points || (fallFraction !== null && fallFraction >= fraction))
  const kind: PainChangeClass = reaches(IMPORTANT_FALL_POINTS, IMPORTANT_FALL_FRACTION)
    ? 'important-improvement'
    : reaches(MINIMAL_FALL_POINTS, MINIMAL_FALL_FRACTION)
      ? 'minimal-improvement'
      : change > 0
        ? 'worse'
        : 'no-change'
  return {
    baseline,
    latest,
    change,
    fallFraction,
    kind,
    isClinicallyImportant: kind === 'important-improvement'
  }
}

/**
 * Highest pain score that still counts as a clinically important improvement from baseline:
 * the lower edge of "not yet important". The chart shades everything at or below it.
 */
export function importantImprovementThreshold(baseline: number): number {
  return Math.max(baseline - IMPORTANT_FALL_POINTS, baseline * (1 - IMPORTANT_FALL_FRACTION))
}
