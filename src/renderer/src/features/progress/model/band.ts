import { importantImprovementThreshold } from '@shared/domain/rules/painChange'

/** Pain scores low enough to count as a clinically important improvement from baseline. */
export type ImprovementBand = {
  baseline: number
  /** Top of the band: the highest score that still counts (painChange.ts). */
  upTo: number
}

/**
 * The band from 0 up to the highest pain score that is a clinically important improvement
 * on `baseline`: a fall of 2 points or 30% (Farrar 2001, PubMed 11690728; Salaffi 2004,
 * PubMed 15207508; see painChange.ts). None without a baseline, or from a baseline of 0,
 * where no improvement is possible.
 */
export function buildImprovementBand(baseline: number | null): ImprovementBand | null {
  if (baseline === null || baseline <= 0) return null
  return { baseline, upTo: importantImprovementThreshold(baseline) }
}
