import { describe, expect, it } from 'vitest'
import { rowsPerPage, scrollToReveal, visibleRange } from './virtualWindow'

describe('list windowing', () => {
  it('renders only the rows in view plus a margin, however long the list', () => {
    expect(visibleRange(0, 600, 60, 10_000, 5)).toEqual({ start: 0, end: 15 })
    expect(visibleRange(60_000, 600, 60, 10_000, 5)).toEqual({ start: 995, end: 1015 })
    expect(visibleRange(599_400, 600, 60, 10_000, 5)).toEqual({ start: 9985, end: 10_000 })
    expect(visibleRange(0, 600, 60, 3, 5)).toEqual({ start: 0, end: 3 })
    expect(visibleRange(0, 600, 60, 0)).toEqual({ start: 0, end: 0 })
  })

  it('scrolls just enough to show the active row, and not at all when it is in view', () => {
    expect(scrollToReveal(5, 0, 600, 60)).toBe(0)
    expect(scrollToReveal(10, 0, 600, 60)).toBe(60)
    expect(scrollToReveal(2, 300, 600, 60)).toBe(120)
    expect(scrollToReveal(0, 300, 600, 60)).toBe(0)
  })

  it('pages by the rows that fit, keeping one for context', () => {
    expect(rowsPerPage(600, 60)).toBe(9)
    expect(rowsPerPage(30, 60)).toBe(1)
  })
})
