import { describe, expect, it } from 'vitest'
import {
  classifyPainChange,
  describeSessionChange,
  importantImprovementThreshold
} from './painChange'

describe('pain change against baseline, across weeks', () => {
  it('counts a fall of 2 points that is also 30% as clinically important', () => {
    expect(classifyPainChange(6, 4)).toMatchObject({
      change: -2,
      kind: 'important-improvement',
      isClinicallyImportant: true
    })
  })

  it('needs both thresholds: 1 -> 0 is 100% but not 2 points', () => {
    expect(classifyPainChange(1, 0).isClinicallyImportant).toBe(false)
    expect(classifyPainChange(1, 0).kind).toBe('minimal-improvement')
    expect(classifyPainChange(3, 2).isClinicallyImportant).toBe(false)
  })

  it('needs both thresholds: 10 -> 8 is 2 points but only 20%', () => {
    expect(classifyPainChange(10, 8)).toMatchObject({ kind: 'minimal-improvement' })
    expect(classifyPainChange(10, 7).isClinicallyImportant).toBe(true)
  })

  it('calls a 1-point fall minimal only when it is also 15%', () => {
    expect(classifyPainChange(6, 5).kind).toBe('minimal-improvement')
    expect(classifyPainChange(8, 7).kind).toBe('no-change')
  })

  it('reports no change and worsening', () => {
    expect(classifyPainChange(5, 5).kind).toBe('no-change')
    expect(classifyPainChange(4, 6).kind).toBe('worse')
    expect(classifyPainChange(0, 0)).toMatchObject({ kind: 'no-change', fallFraction: null })
  })

  it('puts the important-improvement line where both thresholds are met', () => {
    expect(importantImprovementThreshold(8)).toBeCloseTo(5.6)
    expect(importantImprovementThreshold(5)).toBe(3)
    expect(importantImprovementThreshold(2)).toBe(0)
    expect(importantImprovementThreshold(1)).toBeNull()
  })
})

describe('change within one session', () => {
  it('describes the immediate change without calling it clinically important', () => {
    expect(describeSessionChange(7, 3)).toBe('Pain 7 → 3: down 4 points in the session')
    expect(describeSessionChange(2, 3)).toBe('Pain 2 → 3: up 1 point in the session')
    expect(describeSessionChange(4, 4)).toBe('Pain 4 → 4: no change in the session')
    expect(describeSessionChange(7, 3)).not.toMatch(/clinically|important|improvement/i)
  })
})
