import { describe, expect, it } from 'vitest'
import { emptyPatientInput, type PatientInput } from '@shared/domain/patient'
import {
  ageText,
  newDiagnosisRow,
  patientFormErrors,
  patientFormValues,
  patientInputFromForm,
  type PatientFormValues
} from './patientForm'

const TODAY = '2026-03-16'

function form(overrides: Partial<PatientFormValues> = {}): PatientFormValues {
  return { ...patientFormValues(emptyPatientInput(), 'km'), ...overrides }
}

const saved: PatientInput = {
  ...emptyPatientInput(),
  firstName: 'Zoë',
  lastName: 'Martin',
  dateOfBirth: '1991-04-12',
  sex: 'female',
  running: { weeklyKm: 70, yearsRunning: 9, usualDistances: ['half'], dominantSide: 'right' },
  diagnoses: [
    { code: 'itbs', label: 'IT band syndrome', side: 'left', since: '2026-01-02' },
    { code: null, label: 'Sore big toe', side: null, since: null }
  ],
  screening: { answers: { anticoagulants: true, pregnancy: false }, reviewedOn: TODAY, notes: '' },
  consent: { isOnFile: true, date: '2026-01-02', isWritten: true }
}

describe('patient form', () => {
  it('round-trips a saved record unchanged', () => {
    const values = patientFormValues(saved, 'km')
    expect(values.screening.anticoagulants).toBe('yes')
    expect(values.screening.pregnancy).toBe('no')
    expect(values.screening.diabetes).toBe('unasked')
    expect(values.diagnoses.map((d) => [d.choice, d.label])).toEqual([
      ['itbs', ''],
      ['other', 'Sore big toe']
    ])
    expect(patientInputFromForm(values, 'km', saved)).toEqual(saved)
  })

  it('shows and takes weekly volume in miles, storing kilometres', () => {
    const values = patientFormValues(saved, 'mi')
    expect(values.weeklyVolume).toBe('43.5')
    const changed = patientInputFromForm({ ...values, weeklyVolume: '30' }, 'mi', saved)
    expect(changed.running.weeklyKm).toBeCloseTo(48.28032, 5)
  })

  it('keeps the exact stored kilometres when the volume shown in miles is left alone', () => {
    const values = patientFormValues(saved, 'mi')
    expect(patientInputFromForm(values, 'mi', saved).running.weeklyKm).toBe(70)
  })

  it('reads numbers with a decimal comma and refuses words, naming the field', () => {
    const input = patientInputFromForm(
      form({ firstName: 'A', lastName: 'B', weeklyVolume: '42,5', yearsRunning: 'many' }),
      'km'
    )
    expect(input.running.weeklyKm).toBe(42.5)
    expect(patientFormErrors(form(), input, TODAY)).toMatchObject({
      'running.yearsRunning': 'Years running is a number'
    })
  })

  it('drops blank diagnosis rows and maps errors back to the row the therapist sees', () => {
    const values = form({
      firstName: 'A',
      lastName: 'B',
      diagnoses: [
        newDiagnosisRow(),
        { ...newDiagnosisRow(), side: 'left' },
        { ...newDiagnosisRow(), choice: 'other', label: ' ' }
      ]
    })
    const input = patientInputFromForm(values, 'km')
    expect(input.diagnoses).toHaveLength(2)
    expect(patientFormErrors(values, input, TODAY)).toEqual({
      'diagnoses.1.label': 'Choose a diagnosis from the list, or Other to type one',
      'diagnoses.2.label': 'Name the diagnosis'
    })
  })

  it('refuses a missing name and a date of birth in the future', () => {
    const values = form({ dateOfBirth: '2027-01-01' })
    expect(patientFormErrors(values, patientInputFromForm(values, 'km'), TODAY)).toEqual({
      firstName: 'Enter a first name',
      lastName: 'Enter a last name',
      dateOfBirth: 'Date of birth cannot be in the future'
    })
  })

  it('reports a future date of birth even when a number field holds words', () => {
    const values = form({
      firstName: 'A',
      lastName: 'B',
      dateOfBirth: '2027-01-01',
      weeklyVolume: 'lots'
    })
    expect(patientFormErrors(values, patientInputFromForm(values, 'km'), TODAY)).toEqual({
      'running.weeklyKm': 'Weekly volume is a number',
      dateOfBirth: 'Date of birth cannot be in the future'
    })
  })

  it('asks for the consent date only when consent is on file, and forgets it otherwise', () => {
    const onFile = form({ firstName: 'A', lastName: 'B', consentOnFile: true })
    expect(patientFormErrors(onFile, patientInputFromForm(onFile, 'km'), TODAY)).toEqual({
      'consent.date': 'Enter the date consent was given'
    })
    const notOnFile = form({ consentDate: '2026-01-01', consentWritten: true })
    expect(patientInputFromForm(notOnFile, 'km').consent).toEqual({
      isOnFile: false,
      date: null,
      isWritten: false
    })
  })

  it('states the age from a real date of birth only', () => {
    expect(ageText('1991-04-12', TODAY)).toBe('34 years old')
    expect(ageText('2025-03-16', TODAY)).toBe('1 year old')
    expect(ageText('2027-01-01', TODAY)).toBeNull()
    expect(ageText('', TODAY)).toBeNull()
  })
})
