import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { newSessionForm } from './formState'
import {
  addAdverseEvent,
  addMuscle,
  clearErrorsAt,
  followVisitDate,
  removeMuscle,
  setField,
  shiftRowErrors,
  toggleAdvice,
  updateAdverseEvent,
  updateMuscle
} from './formUpdates'

const form = newSessionForm({
  now: '2026-03-16T09:00',
  therapist: null,
  diagnosis: '',
  consentOnFile: { isOnFile: false, date: null, isWritten: false },
  screening: screeningRecordFrom({}, null),
  isNearRace: false
})

describe('form updates', () => {
  it('changes one field and shares every untouched part', () => {
    const next = setField(form, 'notes', 'Tight calves')
    expect(next.notes).toBe('Tight calves')
    expect(next.muscles).toBe(form.muscles)
    expect(setField(next, 'notes', 'Tight calves')).toBe(next)
  })

  it('edits one muscle row without touching the others', () => {
    const two = addMuscle(form)
    const next = updateMuscle(two, 1, { muscleId: 'soleus' })
    expect(next.muscles[1]!.muscleId).toBe('soleus')
    expect(next.muscles[0]).toBe(two.muscles[0])
    expect(next.muscles[1]!.key).toBe(two.muscles[1]!.key)
    expect(removeMuscle(next, 0).muscles.map((m) => m.muscleId)).toEqual(['soleus'])
  })

  it('adds and edits adverse events and ticks advice', () => {
    const next = updateAdverseEvent(addAdverseEvent(form), 0, { category: 'bruising' })
    expect(next.adverseEvents[0]).toMatchObject({ category: 'bruising', severity: null, note: '' })
    expect(toggleAdvice(form, 'avoid-racing', true).advice).toContain('avoid-racing')
    expect(toggleAdvice(form, 'heat', false).advice).not.toContain('heat')
    expect(toggleAdvice(form, 'heat', true)).toBe(form)
  })

  it('clears the errors of a field being fixed', () => {
    const errors = { 'muscles.0.estim.frequencyHz': 'x', 'muscles.0.side': 'y', date: 'z' }
    expect(clearErrorsAt(errors, 'muscles.0.estim')).toEqual({ 'muscles.0.side': 'y', date: 'z' })
    expect(clearErrorsAt(errors, 'notes')).toBe(errors)
  })

  it('moves row errors up when a row above is removed', () => {
    const errors = {
      'muscles.0.side': 'a',
      'muscles.1.side': 'b',
      'muscles.2.needleCount': 'c',
      muscles: 'd'
    }
    expect(shiftRowErrors(errors, 'muscles', 1)).toEqual({
      'muscles.0.side': 'a',
      'muscles.1.needleCount': 'c',
      muscles: 'd'
    })
  })
})

describe('what follows the session’s date', () => {
  const confirmed = {
    ...form,
    consent: { isGiven: true, date: '2026-03-16', isWritten: false }
  }

  it('moves a consent date that stood at the session’s day with a back-dated session', () => {
    const backDated = { ...confirmed, date: '2026-03-02T09:00' }
    const next = followVisitDate(backDated, '2026-03-16T09:00', () => false)
    expect(next.consent.date).toBe('2026-03-02')
  })

  it('leaves a consent date the therapist set themselves', () => {
    const onFile = { ...confirmed, consent: { ...confirmed.consent, date: '2026-01-10' } }
    const next = followVisitDate(
      { ...onFile, date: '2026-03-02T09:00' },
      '2026-03-16T09:00',
      () => false
    )
    expect(next.consent.date).toBe('2026-01-10')
  })

  it('ticks and unticks "no racing" as the race window says for the new date', () => {
    const near = (date: string): boolean => date >= '2026-03-14'
    const ticked = toggleAdvice(form, 'avoid-racing', true)
    // Today is inside the race window, 14 days back is not: the advice goes.
    const backDated = followVisitDate(
      { ...ticked, date: '2026-03-02T09:00' },
      '2026-03-16T09:00',
      near
    )
    expect(backDated.advice).not.toContain('avoid-racing')
    const back = followVisitDate(
      { ...backDated, date: '2026-03-16T09:00' },
      '2026-03-02T09:00',
      near
    )
    expect(back.advice).toContain('avoid-racing')
  })

  it('leaves the advice as the therapist chose when they chose against the window', () => {
    const near = (date: string): boolean => date >= '2026-03-14'
    // Near the race the therapist unticked it: moving within the window keeps their choice.
    const next = followVisitDate({ ...form, date: '2026-03-15T09:00' }, '2026-03-16T09:00', near)
    expect(next.advice).not.toContain('avoid-racing')
  })
})
