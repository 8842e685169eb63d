/**
 * How much a pain score (NPRS 0-10) has changed across a course of treatment, in clinical
 * terms (docs/clinical-reference.md, "Pain change on the NPRS").
 *
 * Clinically important improvement: a fall of at least 2 points AND of at least 30% from
 * baseline, both (Farrar 2001, PubMed 11690728; Salaffi 2004, PubMed 15207508). At a low
 * baseline a percentage alone misleads (1 -> 0 is 100% but only the scale's smallest step);
 * at a high one 2 points alone is too little (10 -> 8 is 20%).
 * Minimal change: at least 1 point and 15% (Salaffi 2004).
 *
 * These thresholds are for change across weeks. The change within one session (before ->
 * right after needling) is an immediate response confounded by post-needling soreness
 * (PMC5106437): describe it with `describeSessionChange`, never with these classes.
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
    fall >= points && fallFraction !== null && fallFraction >= fraction
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
 * Highest pain score that still counts as a clinically important improvement from baseline
 * (both thresholds met), or null when no score on the scale can (baselines below 2). The
 * chart shades everything at or below it, against pain before treatment only.
 */
export function importantImprovementThreshold(baseline: number): number | null {
  const upTo = Math.min(baseline - IMPORTANT_FALL_POINTS, baseline * (1 - IMPORTANT_FALL_FRACTION))
  return upTo >= 0 ? upTo : null
}

/** The change within one session, in plain words and without any clinical claim. */
export function describeSessionChange(before: number, after: number): string {
  const change = after - before
  if (change === 0) return `Pain ${before} → ${after}: no change in the session`
  const n = Math.abs(change)
  return `Pain ${before} → ${after}: ${change < 0 ? 'down' : 'up'} ${n} ${n === 1 ? 'point' : 'points'} in the session`
}
