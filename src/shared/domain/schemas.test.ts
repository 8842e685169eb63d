import { describe, expect, it } from 'vitest'
import {
  buildNeedledMuscle,
  buildPatientInput,
  buildRaceInput,
  buildSessionInput
} from '../../../tests/factories'
import { patientInputSchemaOn } from './patient'
import { formatDuration, parseDuration, raceInputSchema } from './race'
import { sessionInputSchema } from './session'
import { validate } from './validation'

const fieldsOf = (result: ReturnType<typeof validate>) => (result.ok ? {} : result.error.fields)

describe('patient input', () => {
  const schema = patientInputSchemaOn('2026-03-16')

  it('accepts a complete patient', () => {
    expect(validate(schema, buildPatientInput()).ok).toBe(true)
  })

  it('names the missing name fields', () => {
    expect(
      fieldsOf(validate(schema, buildPatientInput({ firstName: '  ', lastName: '' })))
    ).toEqual({
      firstName: 'Enter a first name',
      lastName: 'Enter a last name'
    })
  })

  it('refuses a date of birth in the future or an absurd one', () => {
    expect(
      fieldsOf(validate(schema, buildPatientInput({ dateOfBirth: '2026-03-17' })))['dateOfBirth']
    ).toBe('Date of birth cannot be in the future')
    expect(
      fieldsOf(validate(schema, buildPatientInput({ dateOfBirth: '1890-01-01' })))['dateOfBirth']
    ).toMatch(/over 120/)
    expect(
      fieldsOf(validate(schema, buildPatientInput({ dateOfBirth: '1990-02-30' })))['dateOfBirth']
    ).toMatch(/real date/)
  })

  it('wants the date when consent is on file', () => {
    const input = buildPatientInput({ consent: { isOnFile: true, date: null, isWritten: true } })
    expect(fieldsOf(validate(schema, input))['consent.date']).toBe(
      'Enter the date consent was given'
    )
  })
})

describe('race input', () => {
  it('needs a positive custom distance with a unit', () => {
    const input = buildRaceInput({ distance: { kind: 'custom', value: 0, unit: null } })
    expect(fieldsOf(validate(raceInputSchema, input))).toEqual({
      'distance.value': 'Enter a distance greater than zero',
      'distance.unit': 'Choose km or miles'
    })
  })

  it('reads and writes h:mm:ss times', () => {
    expect(parseDuration('3:19:00')).toBe(11940)
    expect(parseDuration('45:10')).toBe(2710)
    expect(parseDuration('3:75:00')).toBeNull()
    expect(parseDuration('fast')).toBeNull()
    expect(formatDuration(11940)).toBe('3:19:00')
    expect(formatDuration(2650)).toBe('44:10')
    expect(formatDuration(3600)).toBe('1:00:00')
    expect(parseDuration(formatDuration(2650))).toBe(2650)
  })
})

describe('session input', () => {
  it('accepts a typical session', () => {
    expect(validate(sessionInputSchema, buildSessionInput()).ok).toBe(true)
  })

  it('refuses needling without consent or without a muscle', () => {
    const fields = fieldsOf(
      validate(
        sessionInputSchema,
        buildSessionInput({
          consent: { isGiven: false, date: null, isWritten: false },
          muscles: []
        })
      )
    )
    expect(fields).toEqual({
      'consent.isGiven': 'Confirm the patient consented before needling',
      muscles: 'Add at least one needled muscle'
    })
  })

  it('refuses a consent date after the session, and consent given without a date', () => {
    const late = validate(
      sessionInputSchema,
      buildSessionInput({
        date: '2026-03-02T09:00',
        consent: { isGiven: true, date: '2026-03-16', isWritten: false }
      })
    )
    expect(fieldsOf(late)['consent.date']).toMatch(/cannot be after the session/)
    const undated = validate(
      sessionInputSchema,
      buildSessionInput({ consent: { isGiven: true, date: null, isWritten: false } })
    )
    expect(fieldsOf(undated)['consent.date']).toBe('Enter the date consent was given')
    const sameDay = validate(
      sessionInputSchema,
      buildSessionInput({
        date: '2026-03-02T09:00',
        consent: { isGiven: true, date: '2026-03-02', isWritten: false }
      })
    )
    expect(sameDay.ok).toBe(true)
  })

  it('allows a session without needling to have no muscles or consent', () => {
    const input = buildSessionInput({
      hasNeedling: false,
      muscles: [],
      consent: { isGiven: false, date: null, isWritten: false }
    })
    expect(validate(sessionInputSchema, input).ok).toBe(true)
  })

  it('checks pain scores, needle counts and e-stim details field by field', () => {
    const fields = fieldsOf(
      validate(
        sessionInputSchema,
        buildSessionInput({
          painBefore: 11,
          muscles: [
            buildNeedledMuscle({
              needleCount: 0,
              technique: 'electrical',
              estim: null,
              muscleId: 'biceps-brachii'
            })
          ]
        })
      )
    )
    expect(fields).toEqual({
      painBefore: 'Pain runs from 0 to 10',
      'muscles.0.muscleId': 'Choose a muscle from the list',
      'muscles.0.needleCount': 'At least one needle',
      'muscles.0.estim': 'Enter the e-stim frequency and minutes'
    })
  })
})
