import { describe, expect, it } from 'vitest'
import { anchorPoint, findMuscle, sideOfPoint } from '@shared/domain/muscles'
import { centrePoints, hitPoint, muscleTargets, removePoint, togglePoint } from './points'

describe('body-map points', () => {
  it('adds a point where the map is clicked, and a click on a point removes it', () => {
    const one = togglePoint([], { view: 'back', x: 40, y: 185 })
    expect(one).toEqual([{ view: 'back', x: 40, y: 185 }])
    const two = togglePoint(one, { view: 'back', x: 60, y: 185 })
    expect(two).toHaveLength(2)
    expect(togglePoint(two, { view: 'back', x: 41, y: 186 })).toEqual([
      { view: 'back', x: 60, y: 185 }
    ])
  })

  it('never takes a click on the other view for a click on a point', () => {
    expect(hitPoint([{ view: 'back', x: 40, y: 185 }], { view: 'front', x: 40, y: 185 })).toBe(-1)
    expect(
      togglePoint([{ view: 'back', x: 40, y: 185 }], { view: 'front', x: 40, y: 185 })
    ).toHaveLength(2)
  })

  it('removes a point by its number', () => {
    const points = [
      { view: 'back' as const, x: 1, y: 1 },
      { view: 'back' as const, x: 2, y: 2 }
    ]
    expect(removePoint(points, 0)).toEqual([{ view: 'back', x: 2, y: 2 }])
  })

  it('adds the muscle centre on the treated side, then the next free spot near it', () => {
    const soleus = findMuscle('soleus')!
    const centre = anchorPoint(soleus.anchor, 'right')
    const first = centrePoints([], 'soleus', 'right')
    expect(first).toEqual([centre])
    expect(sideOfPoint(first[0]!)).toBe('right')
    const second = centrePoints(first, 'soleus', 'right')
    expect(second).toHaveLength(2)
    expect(hitPoint([second[0]!], second[1]!)).toBe(-1)
    expect(sideOfPoint(second[1]!)).toBe('right')
  })

  it('adds a centre on each side for a bilateral muscle, and nothing before a muscle is chosen', () => {
    const both = centrePoints([], 'gluteus-medius', 'bilateral')
    expect(both.map(sideOfPoint).sort()).toEqual(['left', 'right'])
    expect(centrePoints([], '', 'left')).toEqual([])
    expect(centrePoints([], 'soleus', null)).toEqual([])
  })

  it('marks where the muscle lies for the chosen side', () => {
    expect(muscleTargets('soleus', 'left').map(sideOfPoint)).toEqual(['left'])
    expect(muscleTargets('soleus', null)).toHaveLength(2)
    expect(muscleTargets('nothing', 'left')).toEqual([])
  })
})
