import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import type { Race, RacePriority } from '@shared/domain/race'
import { groupRacesByWeek, horizonEnd, type ClinicRace } from './raceWeeks'

const row = (date: string, priority: RacePriority = 'B', who = 'a'): ClinicRace => ({
  race: { id: `${who}-${date}`, date, priority, name: `${date} race` } as Race,
  patient: { id: who, sortName: who } as Patient
})

// 2026-03-18 is a Wednesday; its week starts Monday 2026-03-16.
const TODAY = '2026-03-18'

describe('races by week', () => {
  it('ends the horizon on the Sunday closing the last whole week', () => {
    expect(horizonEnd(TODAY, 4)).toBe('2026-04-12')
    expect(horizonEnd('2026-03-16', 1)).toBe('2026-03-22')
  })

  it('groups races into Monday-to-Sunday weeks, every week present, labelled from today', () => {
    const weeks = groupRacesByWeek(
      [row('2026-03-22'), row('2026-03-23'), row('2026-04-05'), row('2026-04-12')],
      TODAY,
      4
    )
    expect(weeks.map((w) => [w.start, w.label, w.span, w.races.length])).toEqual([
      ['2026-03-16', 'This week', '16 – 22 Mar', 1],
      ['2026-03-23', 'Next week', '23 – 29 Mar', 1],
      ['2026-03-30', 'In 2 weeks', '30 Mar – 5 Apr', 1],
      ['2026-04-06', 'In 3 weeks', '6 – 12 Apr', 1]
    ])
  })

  it('leaves out races already run this week and races past the horizon', () => {
    const weeks = groupRacesByWeek(
      [row('2026-03-17'), row('2026-03-18'), row('2026-04-13')],
      TODAY,
      4
    )
    expect(weeks.flatMap((w) => w.races.map((r) => r.race.date))).toEqual(['2026-03-18'])
  })

  it('orders a week by day, then A before B before C, then by patient', () => {
    const [week] = groupRacesByWeek(
      [
        row('2026-03-21', 'C', 'zed'),
        row('2026-03-21', 'A', 'bo'),
        row('2026-03-19', 'C', 'al'),
        row('2026-03-21', 'A', 'ada')
      ],
      TODAY,
      1
    )
    expect(week?.races.map((r) => `${r.race.date} ${r.race.priority} ${r.patient.id}`)).toEqual([
      '2026-03-19 C al',
      '2026-03-21 A ada',
      '2026-03-21 A bo',
      '2026-03-21 C zed'
    ])
  })
})
