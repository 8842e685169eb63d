import { importantImprovementThreshold } from '@shared/domain/rules/painChange'

/** Pain-before scores low enough to count as a clinically important improvement from baseline. */
export type ImprovementBand = {
  baseline: number
  /** Top of the band: the highest score that still counts (painChange.ts). */
  upTo: number
}

/**
 * The band from 0 up to the highest pain-before score that is a clinically important
 * improvement on `baseline`: a fall of at least 2 points and 30%, both (Farrar 2001, PubMed
 * 11690728; Salaffi 2004, PubMed 15207508; docs/clinical-reference.md). It belongs to the
 * pain-before series only: pain straight after needling is not compared with it. None without
 * a baseline, or from a baseline below 2, where no score on the scale meets both thresholds.
 */
export function buildImprovementBand(baseline: number | null): ImprovementBand | null {
  if (baseline === null) return null
  const upTo = importantImprovementThreshold(baseline)
  return upTo === null ? null : { baseline, upTo }
}
