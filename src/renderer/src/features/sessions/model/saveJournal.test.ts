import { describe, expect, it } from 'vitest'
import { screeningRecordFrom } from '@shared/domain/screening'
import type { Session } from '@shared/domain/session'
import { buildSession } from '../../../../../../tests/factories/records'
import { draftData } from './draft'
import { newSessionForm, sessionFormFrom } from './formState'
import { saveLanded } from './saveJournal'

const MAYA = { id: 't-1', name: 'Maya Chen' }
const lookup =
  (...sessions: Session[]) =>
  async (id: string) =>
    sessions.find((s) => s.id === id)

describe('whether a save under way when the window went landed', () => {
  const form = {
    ...newSessionForm({
      now: '2026-03-16T09:00',
      therapist: MAYA,
      diagnosis: 'Achilles tendinopathy',
      consentOnFile: { isOnFile: true, date: '2026-01-10', isWritten: true },
      screening: screeningRecordFrom({}, null),
      isNearRace: false
    }),
    hasNeedling: false,
    painBefore: 6,
    notes: 'Settled after the session'
  }

  it('a journal without a save under way is a plain draft', async () => {
    expect(await saveLanded(draftData(form), lookup(), [])).toBeNull()
    expect(await saveLanded(undefined, lookup(), [])).toBeNull()
  })

  it('a new session landed when the session of the chosen id exists', async () => {
    const saved = buildSession({ id: 's-new' })
    const journal = draftData(form, { sessionId: 's-new', isNew: true })
    expect(await saveLanded(journal, lookup(saved), [])).toBe(saved)
    expect(await saveLanded(journal, lookup(buildSession({ id: 's-other' })), [])).toBeNull()
  })

  it('an edit landed only when the saved session holds what the form held', async () => {
    const before = buildSession({ id: 's-1', notes: 'Before' })
    const edited = { ...sessionFormFrom(before), notes: 'After the edit' }
    const journal = draftData(edited, { sessionId: 's-1', isNew: false })
    // The edit did not land: the session still says what it said.
    expect(await saveLanded(journal, lookup(before), [])).toBeNull()
    // It landed: the session now holds the edit.
    const after = { ...before, notes: 'After the edit', updatedAt: before.updatedAt }
    expect(await saveLanded(journal, lookup(after), [])).toBe(after)
  })
})
