import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { buildSessionInput } from '../../../../../../tests/factories'
import { draftData, readDraft } from './draft'
import { newSessionForm, sessionFormFrom } from './formState'

describe('drafts', () => {
  it('reads back exactly the form that was typed, half-typed numbers included', () => {
    const form = {
      ...sessionFormFrom(buildSessionInput()),
      pptBefore: '3,',
      notes: 'Still typing'
    }
    const stored = structuredClone(draftData(form))
    expect(readDraft(stored)).toEqual(form)
  })

  it('turns down what is not a draft of this form', () => {
    const form = newSessionForm({
      now: '2026-03-16T09:00',
      therapist: null,
      diagnosis: '',
      consentOnFile: { isOnFile: false, date: null, isWritten: false },
      screening: screeningRecordFrom({}, null),
      isNearRace: false
    })
    expect(readDraft(null)).toBeNull()
    expect(readDraft({ format: 99, form })).toBeNull()
    expect(readDraft({ format: 1, form: { ...form, muscles: 'soleus' } })).toBeNull()
    expect(readDraft({ format: 1, form })).toEqual(form)
  })
})
