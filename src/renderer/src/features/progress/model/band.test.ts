import { describe, expect, it } from 'vitest'
import { classifyPainChange } from '@shared/domain/rules/painChange'
import { buildImprovementBand } from './band'

describe('buildImprovementBand', () => {
  it('reaches down to where a fall is both 2 points and 30% below the baseline', () => {
    expect(buildImprovementBand(5)).toEqual({ baseline: 5, upTo: 3 })
    expect(buildImprovementBand(10)).toEqual({ baseline: 10, upTo: 7 })
    expect(buildImprovementBand(3)).toEqual({ baseline: 3, upTo: 1 })
  })

  it('holds exactly the scores the clinical rule calls an important improvement', () => {
    for (let baseline = 2; baseline <= 10; baseline++) {
      const band = buildImprovementBand(baseline)!
      for (let score = 0; score <= 10; score++) {
        expect(score <= band.upTo + 1e-9, `baseline ${baseline}, score ${score}`).toBe(
          classifyPainChange(baseline, score).isClinicallyImportant
        )
      }
    }
  })

  it('has no band without a baseline, or from a baseline where no score can meet both thresholds', () => {
    expect(buildImprovementBand(null)).toBeNull()
    expect(buildImprovementBand(0)).toBeNull()
    expect(buildImprovementBand(1)).toBeNull()
  })
})
