import { describe, expect, it } from 'vitest'
import { isStillRetained, signedRecordsKeptUntil } from './retention'

describe('retention of signed records', () => {
  it('counts the period from the last signed session', () => {
    expect(
      signedRecordsKeptUntil(['2026-03-02T10:00', '2024-01-15T09:00', '2025-11-30T16:45'], 10)
    ).toBe('2036-03-02')
  })

  it('holds nothing back when no session was signed', () => {
    expect(signedRecordsKeptUntil([], 10)).toBeNull()
    expect(isStillRetained(null, '2026-03-16')).toBe(false)
  })

  it('keeps the record up to the day before the period ends, and not after', () => {
    const until = signedRecordsKeptUntil(['2019-03-16T10:00'], 7)
    expect(until).toBe('2026-03-16')
    expect(isStillRetained(until, '2026-03-15')).toBe(true)
    expect(isStillRetained(until, '2026-03-16')).toBe(false)
  })

  it('lands on the last day of a shorter month', () => {
    expect(signedRecordsKeptUntil(['2024-02-29T08:00'], 1)).toBe('2025-02-28')
  })
})
