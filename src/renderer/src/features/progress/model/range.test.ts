import { describe, expect, it } from 'vitest'
import { rangeStartDay, withinRange } from './range'

describe('ranges', () => {
  it('starts 3, 6 or 12 months before today, or nowhere for all', () => {
    expect(rangeStartDay('3m', '2026-03-16')).toBe('2025-12-16')
    expect(rangeStartDay('6m', '2026-03-16')).toBe('2025-09-16')
    expect(rangeStartDay('12m', '2026-03-16')).toBe('2025-03-16')
    expect(rangeStartDay('all', '2026-03-16')).toBeNull()
  })

  it('keeps items from the first day on', () => {
    const items = [
      { date: '2025-12-15T18:00' },
      { date: '2025-12-16T08:00' },
      { date: '2026-01-01' }
    ]
    expect(withinRange(items, '2025-12-16')).toEqual(items.slice(1))
    expect(withinRange(items, null)).toEqual(items)
  })
})
