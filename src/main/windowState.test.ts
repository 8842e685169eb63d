import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, restoreBounds } from './windowState'

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('remembered window position', () => {
  it('reads a saved state and ignores a damaged one', () => {
    expect(
      parseWindowState('{"x":10,"y":20,"width":1200,"height":800,"isMaximized":true}')
    ).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      isMaximized: true
    })
    expect(parseWindowState('{"x":"10"}')).toBeNull()
    expect(parseWindowState('not json')).toBeNull()
    expect(parseWindowState(null)).toBeNull()
  })

  it('reopens where it was when that is still on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, isMaximized: false }
    expect(restoreBounds(saved, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800 })
  })

  it('falls back to a centred default when the saved screen is gone', () => {
    const saved = { x: 2500, y: 100, width: 1200, height: 800, isMaximized: false }
    expect(restoreBounds(saved, screen)).toEqual({ width: 1200, height: 800 })
    expect(restoreBounds(null, screen)).toEqual(DEFAULT_SIZE)
  })

  it('never reopens smaller than the minimum size', () => {
    const saved = { x: 0, y: 0, width: 200, height: 100, isMaximized: false }
    expect(restoreBounds(saved, screen)).toMatchObject(MIN_SIZE)
  })
})
