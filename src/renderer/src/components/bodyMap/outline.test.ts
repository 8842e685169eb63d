import { describe, expect, it } from 'vitest'
import { anchorPoint, BODY_MIDLINE, MUSCLES, sideOfPoint } from '@shared/domain/muscles'
import { BODY_OUTLINE_PATH, outlinePoints, smoothClosedPath } from './outline'

describe('body map geometry', () => {
  it('draws a closed, left-right symmetric outline', () => {
    const points = outlinePoints()
    const xs = points.map(([x]) => x)
    expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(BODY_MIDLINE * 2)
    expect(BODY_OUTLINE_PATH.startsWith('M')).toBe(true)
    expect(BODY_OUTLINE_PATH.endsWith('Z')).toBe(true)
    expect(smoothClosedPath([[0, 0]])).toBe('')
  })

  it('puts every muscle inside the body-map box, on the side asked for', () => {
    for (const muscle of MUSCLES) {
      for (const side of ['left', 'right'] as const) {
        const p = anchorPoint(muscle.anchor, side)
        expect(p.x, muscle.id).toBeGreaterThan(15)
        expect(p.x, muscle.id).toBeLessThan(85)
        expect(sideOfPoint(p), muscle.id).toBe(side)
      }
    }
  })

  it('mirrors the back view: the patient’s left is on the viewer’s left', () => {
    expect(anchorPoint({ view: 'back', dx: 10, y: 100 }, 'left').x).toBe(40)
    expect(anchorPoint({ view: 'front', dx: 10, y: 100 }, 'left').x).toBe(60)
  })

  it('flags only the muscles over the lung fields', () => {
    expect(MUSCLES.filter((m) => m.hasLungFieldPrecaution).map((m) => m.id)).toEqual([
      'upper-trapezius',
      'rhomboids',
      'intercostals'
    ])
  })
})
