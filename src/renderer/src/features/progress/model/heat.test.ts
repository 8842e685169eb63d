import { describe, expect, it } from 'vitest'
import type { BodyPoint } from '@shared/domain/session'
import { buildNeedledMuscle } from '../../../../../../tests/factories'
import { buildSession } from '../../../../../../tests/factories/records'
import { buildInsertionHeat } from './heat'

const withPoints = (id: string, points: BodyPoint[]) =>
  buildSession({ id, muscles: [buildNeedledMuscle({ points })] })

describe('buildInsertionHeat', () => {
  it('adds up points needled again and again in about the same place', () => {
    const heat = buildInsertionHeat([
      withPoints('a', [
        { view: 'back', x: 40.5, y: 185 },
        { view: 'back', x: 41.5, y: 186 }
      ]),
      withPoints('b', [{ view: 'back', x: 41, y: 187 }]),
      withPoints('c', [
        { view: 'back', x: 42, y: 186 },
        { view: 'front', x: 57, y: 174 }
      ])
    ])
    expect(heat.totalPoints).toBe(5)
    expect(heat.recurringCells).toBe(1)
    expect(heat.cells).toHaveLength(2)
    const hot = heat.cells[heat.cells.length - 1]!
    expect(hot).toMatchObject({ view: 'back', sessions: 3, points: 4, weight: 1, x: 41.3, y: 186 })
    expect(heat.cells[0]).toMatchObject({ view: 'front', sessions: 1, weight: 1 / 3 })
  })

  it('keeps the front and back views apart even at the same coordinates', () => {
    const heat = buildInsertionHeat([
      withPoints('a', [
        { view: 'front', x: 50, y: 100 },
        { view: 'back', x: 50, y: 100 }
      ])
    ])
    expect(heat.cells.map((c) => c.view).sort()).toEqual(['back', 'front'])
  })

  it('is empty without insertion points', () => {
    expect(buildInsertionHeat([withPoints('a', [])])).toEqual({
      cells: [],
      totalPoints: 0,
      recurringCells: 0
    })
  })
})
