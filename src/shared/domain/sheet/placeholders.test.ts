import { describe, expect, it } from 'vitest'
import { DEFAULT_SHEET_TEXTS } from './texts'
import { fillPlaceholders, placeholderProblem, sheetTextProblems } from './placeholders'

describe('filling placeholders', () => {
  it('fills every occurrence of each known placeholder', () => {
    expect(
      fillPlaceholders('{firstName}, your {nextRace} is {raceWhen}. Good luck, {firstName}!', {
        firstName: 'Zoë',
        nextRace: 'Portland Marathon',
        raceWhen: 'in 9 days'
      })
    ).toBe('Zoë, your Portland Marathon is in 9 days. Good luck, Zoë!')
  })

  it('never prints an unknown placeholder raw, and tidies the gap it leaves', () => {
    expect(fillPlaceholders('Hello {firstname} {firstName} {x}.', { firstName: 'Liam' })).toBe(
      'Hello Liam.'
    )
  })

  it('leaves out a sentence whose placeholder has no value, keeping the others', () => {
    expect(
      fillPlaceholders(
        'Call us on {clinicPhone} if you notice any of these. If you cannot reach us, get urgent medical care.',
        { clinicPhone: '' }
      )
    ).toBe('If you cannot reach us, get urgent medical care.')
    expect(fillPlaceholders('Questions? Write to {clinicEmail}!', {})).toBe('Questions?')
  })

  it('leaves text without placeholders alone', () => {
    expect(fillPlaceholders('Drink water as usual through the day.', {})).toBe(
      'Drink water as usual through the day.'
    )
  })
})

describe('placeholder problems', () => {
  it('accepts known placeholders', () => {
    expect(placeholderProblem('Hi {firstName}, call {clinicPhone}', { isRaceText: false })).toBe(
      null
    )
    expect(placeholderProblem('{nextRace} {daysToRace} {raceDate}', { isRaceText: true })).toBe(
      null
    )
  })

  it('names an unknown placeholder and suggests the one that differs only in case', () => {
    expect(placeholderProblem('Hi {FirstName}', { isRaceText: false })).toBe(
      'Unknown placeholder {FirstName}: did you mean {firstName}?'
    )
    expect(placeholderProblem('Hi {name}', { isRaceText: false })).toBe(
      'Unknown placeholder {name}: use one from the list above.'
    )
  })

  it('keeps race placeholders to the race texts', () => {
    expect(placeholderProblem('Good luck at the {nextRace}', { isRaceText: false })).toBe(
      '{nextRace} only works in the two next-race texts, which print only when there is a race.'
    )
  })

  it('reports a brace without its pair', () => {
    expect(placeholderProblem('Hi {firstName', { isRaceText: false })).toMatch(/Check the braces/)
    expect(placeholderProblem('Hi firstName}', { isRaceText: false })).toMatch(/Check the braces/)
  })
})

describe('sheet text problems', () => {
  it('finds none in the defaults', () => {
    expect(sheetTextProblems(DEFAULT_SHEET_TEXTS)).toEqual({})
  })

  it('keys each problem by its field, advice texts included', () => {
    const problems = sheetTextProblems({
      ...DEFAULT_SHEET_TEXTS,
      intro: 'Hi {patient}',
      raceAhead: 'The {nextRace} is {raceWhen}, {firstName}',
      advice: { ...DEFAULT_SHEET_TEXTS.advice, heat: 'Warmth before the {nextRace}' }
    })
    expect(Object.keys(problems).sort()).toEqual(['advice.heat', 'intro'])
    expect(problems['intro']).toBe('Unknown placeholder {patient}: use one from the list above.')
  })

  it('refuses a blank chest warning or no warning signs at all', () => {
    const problems = sheetTextProblems({
      ...DEFAULT_SHEET_TEXTS,
      chestWarning: ' ',
      warningSigns: ''
    })
    expect(problems['chestWarning']).toMatch(/printed whenever a muscle over the lung fields/)
    expect(problems['warningSigns']).toBe('List at least one warning sign.')
  })
})
