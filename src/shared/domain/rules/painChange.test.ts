import { describe, expect, it } from 'vitest'
import { classifyPainChange, importantImprovementThreshold } from './painChange'

describe('pain change against baseline', () => {
  it('counts a fall of 2 points as clinically important', () => {
    expect(classifyPainChange(8, 6)).toMatchObject({
      change: -2,
      kind: 'important-improvement',
      isClinicallyImportant: true
    })
  })

  it('counts a 30% fall as important even when under 2 points', () => {
    expect(classifyPainChange(3, 2).isClinicallyImportant).toBe(true)
    expect(classifyPainChange(3, 2).fallFraction).toBeCloseTo(1 / 3)
  })

  it('calls a 1-point fall from a high baseline minimal, not important', () => {
    expect(classifyPainChange(8, 7).kind).toBe('minimal-improvement')
    expect(classifyPainChange(10, 9).kind).toBe('minimal-improvement')
  })

  it('reports no change and worsening', () => {
    expect(classifyPainChange(5, 5).kind).toBe('no-change')
    expect(classifyPainChange(4, 6).kind).toBe('worse')
    expect(classifyPainChange(0, 0)).toMatchObject({ kind: 'no-change', fallFraction: null })
  })

  it('puts the important-improvement line at whichever of 2 points or 30% comes first', () => {
    expect(importantImprovementThreshold(8)).toBe(6)
    expect(importantImprovementThreshold(4)).toBeCloseTo(2.8)
  })
})
