import { describe, expect, it } from 'vitest'
import { addMinutesToDateTime, fromTimestamp, toTimestamp } from '@shared/dates'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import { buildRace } from '../../../../../../tests/factories/records'
import { buildRaceMarkers, buildRaceWindows, type TimeDomain } from './races'

const wide: TimeDomain = [toTimestamp('2026-01-01'), toTimestamp('2026-12-31')]
const aRace = buildRace({ id: 'a', name: 'Portland Marathon', date: '2026-04-12', priority: 'A' })
const bRace = buildRace({
  id: 'b',
  name: 'Bridge City 10K',
  date: '2026-05-03',
  priority: 'B',
  distance: { kind: '10k', value: null, unit: null }
})

describe('buildRaceWindows', () => {
  it('shades 7 days before an A race and 72 hours before others, to the end of race day', () => {
    const shades = buildRaceWindows([aRace, bRace], { anyRaceHours: 72, aRaceDays: 7 }, wide)
    expect(shades).toEqual([
      {
        raceId: 'a',
        priority: 'A',
        start: toTimestamp('2026-04-05T00:00'),
        end: toTimestamp('2026-04-13T00:00')
      },
      {
        raceId: 'b',
        priority: 'B',
        start: toTimestamp('2026-04-30T00:00'),
        end: toTimestamp('2026-05-04T00:00')
      }
    ])
  })

  it('uses the wider window when the hours setting exceeds the A-race days', () => {
    const [shade] = buildRaceWindows([aRace], { anyRaceHours: 240, aRaceDays: 3 }, wide)
    expect(shade!.start).toBe(toTimestamp('2026-04-02T00:00'))
  })

  it('covers exactly the times the race-window rule warns about', () => {
    const settings = { anyRaceHours: 72, aRaceDays: 7 }
    for (const race of [aRace, bRace]) {
      const [shade] = buildRaceWindows([race], settings, wide)
      let at = `${race.date.slice(0, 8)}01T00:00`
      for (let step = 0; step < 24 * 40; step++) {
        const t = toTimestamp(at)
        const isShaded = t >= shade!.start && t < shade!.end
        const isWarned = raceWindowWarnings(at, [race], settings).length > 0
        expect(isShaded, `${race.name} at ${at}`).toBe(isWarned)
        at = addMinutesToDateTime(at, 60)
      }
    }
  })

  it('clips windows to the domain and drops those outside it', () => {
    const domain: TimeDomain = [toTimestamp('2026-04-08'), toTimestamp('2026-04-20')]
    const shades = buildRaceWindows([aRace, bRace], { anyRaceHours: 72, aRaceDays: 7 }, domain)
    expect(shades).toHaveLength(1)
    expect(fromTimestamp(shades[0]!.start)).toBe('2026-04-08T00:00')
  })

  it('is empty without races', () => {
    expect(buildRaceWindows([], { anyRaceHours: 72, aRaceDays: 7 }, wide)).toEqual([])
  })
})

describe('buildRaceMarkers', () => {
  const summer = buildRace({ ...bRace, id: 'b', date: '2026-08-02' })
  it('marks each race in the domain at noon on race day, with name, distance and priority', () => {
    const { markers, lanes } = buildRaceMarkers([summer, aRace], wide, 800)
    expect(lanes).toBe(1)
    expect(markers.map((m) => m.id)).toEqual(['a', 'b'])
    expect(markers[0]).toMatchObject({
      t: toTimestamp('2026-04-12T12:00'),
      text: 'Portland Marathon · Marathon',
      priority: 'A',
      lane: 0,
      ariaLabel: 'A race: Portland Marathon, Marathon, 12 Apr 2026'
    })
  })

  it('moves labels that would overlap to another row', () => {
    const near = buildRace({ id: 'c', name: 'Parkrun', date: '2026-04-14', priority: 'C' })
    const { markers, lanes } = buildRaceMarkers([aRace, near, summer], wide, 800)
    expect(lanes).toBe(2)
    expect(markers.map((m) => m.lane)).toEqual([0, 1, 0])
  })

  it('puts a label near the right edge on the left of its line', () => {
    const late = buildRace({ id: 'z', date: '2026-12-28', priority: 'B' })
    expect(buildRaceMarkers([late], wide, 800).markers[0]!.isLabelLeft).toBe(true)
    expect(buildRaceMarkers([aRace], wide, 800).markers[0]!.isLabelLeft).toBe(false)
  })

  it('leaves out races outside the domain and has no rows without races', () => {
    const domain: TimeDomain = [toTimestamp('2026-05-01'), toTimestamp('2026-09-01')]
    expect(buildRaceMarkers([aRace, summer], domain, 800).markers.map((m) => m.id)).toEqual(['b'])
    expect(buildRaceMarkers([], wide, 800)).toEqual({ markers: [], lanes: 0 })
  })
})
