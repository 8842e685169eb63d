import { describe, expect, it } from 'vitest'
import { classifyPainChange } from '@shared/domain/rules/painChange'
import { buildImprovementBand } from './band'

describe('buildImprovementBand', () => {
  it('reaches 2 points or 30% below the baseline, whichever is higher', () => {
    expect(buildImprovementBand(7)).toEqual({ baseline: 7, upTo: 5 })
    expect(buildImprovementBand(10)).toEqual({ baseline: 10, upTo: 8 })
    expect(buildImprovementBand(3)!.upTo).toBeCloseTo(2.1)
  })

  it('holds exactly the scores the clinical rule calls an important improvement', () => {
    for (let baseline = 1; baseline <= 10; baseline++) {
      const band = buildImprovementBand(baseline)!
      for (let score = 0; score <= 10; score++) {
        expect(score <= band.upTo, `baseline ${baseline}, score ${score}`).toBe(
          classifyPainChange(baseline, score).isClinicallyImportant
        )
      }
    }
  })

  it('has no band without a baseline or from a baseline of 0', () => {
    expect(buildImprovementBand(null)).toBeNull()
    expect(buildImprovementBand(0)).toBeNull()
  })
})
