import { describe, expect, it } from 'vitest'
import type { Race } from '../race'
import { DEFAULT_RACE_WINDOW, type RaceWindowSettings } from '../settings'
import { raceWindowWarnings } from './raceWindow'

const race = (overrides: Partial<Pick<Race, 'id' | 'name' | 'date' | 'priority'>> = {}) => ({
  id: 'r1',
  name: 'Portland Marathon',
  date: '2026-03-20',
  priority: 'B' as const,
  ...overrides
})

const warn = (at: string, races = [race()], settings: RaceWindowSettings = DEFAULT_RACE_WINDOW) =>
  raceWindowWarnings(at, races, settings)

describe('race window rule', () => {
  it('flags needling exactly 72 hours before race day, and not a minute earlier', () => {
    expect(warn('2026-03-17T00:00')).toHaveLength(1)
    expect(warn('2026-03-16T23:59')).toHaveLength(0)
  })

  it('flags needling on race day itself but never after the race', () => {
    expect(warn('2026-03-20T06:00')[0]?.daysLeft).toBe(0)
    expect(warn('2026-03-20T23:59')).toHaveLength(1)
    expect(warn('2026-03-21T00:00')).toHaveLength(0)
    expect(warn('2026-04-01T10:00')).toHaveLength(0)
  })

  it('flags an A race from 7 days before, but a B race only inside 72 hours', () => {
    const a = race({ priority: 'A' })
    expect(warn('2026-03-13T00:00', [a])[0]).toMatchObject({ rule: 'a-race', daysLeft: 7 })
    expect(warn('2026-03-12T23:59', [a])).toHaveLength(0)
    expect(warn('2026-03-13T00:00', [race({ priority: 'B' })])).toHaveLength(0)
    expect(warn('2026-03-18T10:00', [a])[0]?.rule).toBe('any-race')
  })

  it('names the race and the days left in its message', () => {
    const [w] = warn('2026-03-15T10:00', [race({ priority: 'A', name: 'Berlin Marathon' })])
    expect(w?.message).toBe(
      "Berlin Marathon (A race) is in 5 days: needling now falls inside the clinic's 7-day window before an A race."
    )
  })

  it('follows the clinic’s own windows', () => {
    expect(warn('2026-03-15T10:00', [race()], { anyRaceHours: 120, aRaceDays: 7 })).toHaveLength(1)
    expect(
      warn('2026-03-18T10:00', [race({ priority: 'A' })], { anyRaceHours: 0, aRaceDays: 0 })
    ).toHaveLength(0)
  })

  it('lists several races nearest first', () => {
    const list = warn('2026-03-18T10:00', [
      race({ id: 'far', date: '2026-03-21', priority: 'A' }),
      race({ id: 'near', date: '2026-03-19' })
    ])
    expect(list.map((w) => w.race.id)).toEqual(['near', 'far'])
  })

  it('treats a C race like a B race: only the 72-hour window applies', () => {
    const c = race({ priority: 'C' })
    expect(warn('2026-03-16T23:59', [c])).toHaveLength(0)
    expect(warn('2026-03-17T00:00', [c])[0]).toMatchObject({ rule: 'any-race', daysLeft: 3 })
  })

  it('never flags a race already run, even an A race inside its 7 days after', () => {
    const past = race({ id: 'past', date: '2026-03-14', priority: 'A' })
    const next = race({ id: 'next', date: '2026-03-22', priority: 'A' })
    expect(warn('2026-03-15T09:00', [past])).toEqual([])
    expect(warn('2026-03-15T09:00', [past, next]).map((w) => w.race.id)).toEqual(['next'])
  })

  it('counts days left in calendar days, so the evening before is "tomorrow"', () => {
    const [w] = warn('2026-03-19T20:00')
    expect(w?.daysLeft).toBe(1)
    expect(w?.message).toContain('is tomorrow')
  })
})
