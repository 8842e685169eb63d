import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { buildNeedledMuscle, buildSessionInput } from '../../../../../../tests/factories'
import { emptyMuscle, isBlankMuscle, newSessionForm, sessionFormFrom } from './formState'
import { checkSessionForm } from './validation'

describe('newSessionForm', () => {
  it('starts now, with the default therapist, the consent on file and the patient’s flags', () => {
    const form = newSessionForm({
      now: '2026-03-16T09:00',
      therapist: { id: 't-1', name: 'Maya Chen' },
      diagnosis: 'IT band syndrome',
      consentOnFile: { isOnFile: true, date: '2025-11-02', isWritten: true },
      screening: screeningRecordFrom({ diabetes: true, pregnancy: false }, '2026-01-10'),
      isNearRace: true
    })
    expect(form).toMatchObject({
      date: '2026-03-16T09:00',
      therapist: { id: 't-1', name: 'Maya Chen' },
      diagnosis: 'IT band syndrome',
      consent: { isGiven: false, date: '2025-11-02', isWritten: true },
      screening: screeningRecordFrom({ diabetes: true, pregnancy: false }, '2026-01-10'),
      hasNeedling: true
    })
    expect(form.muscles).toHaveLength(1)
    expect(isBlankMuscle(form.muscles[0]!)).toBe(true)
    expect(form.advice).toContain('avoid-racing')
  })

  it('dates consent today when none is on file, and leaves racing advice off far from a race', () => {
    const form = newSessionForm({
      now: '2026-03-16T09:00',
      therapist: null,
      diagnosis: '',
      consentOnFile: { isOnFile: false, date: null, isWritten: false },
      screening: screeningRecordFrom({}, null),
      isNearRace: false
    })
    expect(form.consent).toEqual({ isGiven: false, date: '2026-03-16', isWritten: false })
    expect(form.advice).not.toContain('avoid-racing')
  })
})

describe('sessionFormFrom', () => {
  it('gives back the same session when an unchanged form is saved', () => {
    const input = buildSessionInput({
      pptBefore: 3.5,
      nextAppointment: '2026-03-23T10:00',
      muscles: [
        buildNeedledMuscle(),
        buildNeedledMuscle({
          muscleId: 'gluteus-medius',
          side: 'bilateral',
          technique: 'electrical',
          estim: { frequencyHz: 10, minutes: 12 },
          needleSize: { diameterMm: 0.2, lengthMm: 45 },
          dwellSeconds: 90
        })
      ],
      adverseEvents: [{ category: 'bruising', severity: 'mild', note: 'Small bruise' }]
    })
    const check = checkSessionForm(sessionFormFrom(input), [])
    if (!check.ok) throw new Error(JSON.stringify(check.fields))
    expect(check.input).toEqual(input)
  })

  it('tells a started muscle row from a blank one', () => {
    expect(isBlankMuscle(emptyMuscle())).toBe(true)
    expect(isBlankMuscle({ ...emptyMuscle(), needleCount: '1' })).toBe(false)
  })
})
