import { describe, expect, it } from 'vitest'
import type { RaceInput } from '@shared/domain/race'
import { raceFormErrors, raceFormValues, raceInputFromForm, type RaceFormValues } from './raceForm'

const saved: RaceInput = {
  name: 'Portland Marathon',
  date: '2026-03-25',
  distance: { kind: 'marathon', value: null, unit: null },
  priority: 'A',
  goalSeconds: 3 * 3600 + 19 * 60,
  resultSeconds: null,
  notes: 'Sub 3:20'
}

const form = (overrides: Partial<RaceFormValues> = {}): RaceFormValues => ({
  ...raceFormValues(saved, 'km'),
  ...overrides
})

describe('race form', () => {
  it('round-trips a saved race, times shown as h:mm:ss', () => {
    expect(form().goal).toBe('3:19:00')
    expect(raceInputFromForm(form())).toEqual(saved)
  })

  it('starts a new race with no priority chosen and the clinic’s unit for custom distances', () => {
    expect(raceFormValues(null, 'mi')).toMatchObject({ priority: '', customUnit: 'mi' })
    expect(raceFormErrors(raceFormValues(null, 'mi'))).toEqual({
      name: 'Enter the race name',
      date: 'Enter a date',
      priority: 'Choose priority A, B or C'
    })
  })

  it('takes a custom distance with its unit, and only a positive one', () => {
    const custom = form({ distanceKind: 'custom', customValue: '9.2', customUnit: 'mi' })
    expect(raceInputFromForm(custom)).toMatchObject({
      distance: { kind: 'custom', value: 9.2, unit: 'mi' }
    })
    expect(raceFormErrors({ ...custom, customValue: '0' })).toEqual({
      'distance.value': 'Enter a distance greater than zero'
    })
    expect(raceFormErrors({ ...custom, customValue: '' })).toEqual({
      'distance.value': 'Enter a distance greater than zero'
    })
    expect(raceFormErrors({ ...custom, customValue: 'far' })).toEqual({
      'distance.value': 'Distance is a number'
    })
  })

  it('refuses times that are not h:mm:ss, and a date that is not real', () => {
    expect(raceFormErrors(form({ goal: '3h20', result: '3:61:00', date: '2026-02-30' }))).toEqual({
      date: 'Enter a real date (year-month-day)',
      goalSeconds: 'Goal time is a time in h:mm:ss',
      resultSeconds: 'Result time is a time in h:mm:ss'
    })
    expect(raceFormErrors(form({ goal: '0:00:00' }))).toEqual({
      goalSeconds: 'Goal time must be longer than zero'
    })
  })

  it('reads a result once run, and a short time as minutes and seconds', () => {
    expect(raceInputFromForm(form({ result: '3:25:03', goal: '45:10' }))).toMatchObject({
      resultSeconds: 12303,
      goalSeconds: 2710
    })
  })
})
