import { describe, expect, it } from 'vitest'
import { nearestIndex } from './nearest'

describe('nearestIndex', () => {
  const ts = [10, 20, 40, 80]

  it('finds the nearest value, the earlier one on a tie', () => {
    expect(nearestIndex(ts, 20)).toBe(1)
    expect(nearestIndex(ts, 24)).toBe(1)
    expect(nearestIndex(ts, 31)).toBe(2)
    expect(nearestIndex(ts, 30)).toBe(1)
  })

  it('clamps to the ends and says -1 when there is nothing', () => {
    expect(nearestIndex(ts, -100)).toBe(0)
    expect(nearestIndex(ts, 1000)).toBe(3)
    expect(nearestIndex([], 5)).toBe(-1)
    expect(nearestIndex([5], 500)).toBe(0)
  })

  it('picks among equal times the first', () => {
    expect(nearestIndex([5, 5, 5], 5)).toBe(0)
    expect(nearestIndex([5, 5, 5], 9)).toBe(2)
  })
})
