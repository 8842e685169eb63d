import { describe, expect, it } from 'vitest'
import { lttbIndices, maxPointsForWidth } from './downsample'

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

describe('lttbIndices', () => {
  it('keeps every point when there are no more than the threshold', () => {
    expect(lttbIndices([0, 1, 2], [[5, 4, 3]], 10)).toEqual([0, 1, 2])
    expect(lttbIndices([], [[]], 10)).toEqual([])
    expect(lttbIndices([7], [[1]], 2)).toEqual([0])
  })

  it('returns exactly the threshold, ascending, with the first and last point', () => {
    const xs = range(1000)
    const ys = xs.map((x) => Math.sin(x / 30) * 4 + 5)
    const kept = lttbIndices(xs, [ys], 100)
    expect(kept).toHaveLength(100)
    expect(kept[0]).toBe(0)
    expect(kept[99]).toBe(999)
    expect([...kept].sort((a, b) => a - b)).toEqual(kept)
    expect(new Set(kept).size).toBe(100)
  })

  it('keeps a lone spike in either series', () => {
    const xs = range(1000)
    const flat = xs.map(() => 5)
    const spiky = xs.map((x) => (x === 613 ? 0 : 5))
    expect(lttbIndices(xs, [flat, spiky], 50)).toContain(613)
    expect(lttbIndices(xs, [spiky, flat], 50)).toContain(613)
  })

  it('handles thresholds below three', () => {
    expect(lttbIndices(range(10), [range(10)], 2)).toEqual([0, 9])
    expect(lttbIndices(range(10), [range(10)], 1)).toEqual([0])
  })
})

describe('maxPointsForWidth', () => {
  it('allows about one point per two pixels', () => {
    expect(maxPointsForWidth(800)).toBe(400)
    expect(maxPointsForWidth(801)).toBe(400)
    expect(maxPointsForWidth(0)).toBe(3)
  })
})
