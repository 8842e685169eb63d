import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { newSessionForm } from './formState'
import {
  addAdverseEvent,
  addMuscle,
  clearErrorsAt,
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
