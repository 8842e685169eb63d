import type { Side } from '../common'

/**
 * Limb symmetry: the injured side's value as a percentage of the uninjured side's. 90% or more
 * is a common return-to-sport criterion (Ardern 2016, BJSM 50:853; Welling 2017, PMC5315711;
 * docs/clinical-reference.md, "Recovery beyond pain"); the clinic sets its own in Settings.
 */
export const DEFAULT_LIMB_SYMMETRY_PERCENT = 90

export type InjuredSide = 'left' | 'right'

/** The injured side from the patient's diagnoses: one side only; none when both or unknown. */
export function injuredSideOf(diagnoses: readonly { side: Side | null }[]): InjuredSide | null {
  const sides = new Set(
    diagnoses.map((d) => d.side).filter((s): s is 'left' | 'right' => s === 'left' || s === 'right')
  )
  if (diagnoses.some((d) => d.side === 'bilateral')) return null
  return sides.size === 1 ? [...sides][0]! : null
}

export type Symmetry = { percent: number; isMet: boolean; target: number }

/** Injured / uninjured x 100, rounded; null when either side is missing or the uninjured is 0. */
export function limbSymmetry(
  values: { left: number | null; right: number | null },
  injured: InjuredSide,
  targetPercent: number = DEFAULT_LIMB_SYMMETRY_PERCENT
): Symmetry | null {
  const hurt = values[injured]
  const other = values[injured === 'left' ? 'right' : 'left']
  if (hurt === null || other === null || other <= 0) return null
  const percent = Math.round((hurt / other) * 100)
  return { percent, isMet: percent >= targetPercent, target: targetPercent }
}
