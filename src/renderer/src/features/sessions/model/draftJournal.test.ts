import { beforeEach, describe, expect, it } from 'vitest'
import { clearJournal, journalKey, newerOf, readJournal, writeJournal } from './draftJournal'

describe('draft journal', () => {
  beforeEach(() => localStorage.clear())

  it('keeps the form written at unload until cleared', () => {
    writeJournal(localStorage, 'new:p1', {
      data: { notes: 'last words' },
      at: '2026-03-16T09:01:00.000Z'
    })
    expect(readJournal(localStorage, 'new:p1')).toEqual({
      data: { notes: 'last words' },
      at: '2026-03-16T09:01:00.000Z'
    })
    expect(readJournal(localStorage, 'new:p2')).toBeNull()
    clearJournal(localStorage, 'new:p1')
    expect(readJournal(localStorage, 'new:p1')).toBeNull()
  })

  it('ignores an entry it cannot read', () => {
    localStorage.setItem(journalKey('new:p1'), '{not json')
    expect(readJournal(localStorage, 'new:p1')).toBeNull()
    localStorage.setItem(journalKey('new:p1'), JSON.stringify({ data: 1 }))
    expect(readJournal(localStorage, 'new:p1')).toBeNull()
  })

  it('picks whichever was written last, the journal on a tie', () => {
    const journal = { at: '2026-03-16T09:01:00.000Z', from: 'journal' }
    const draft = { at: '2026-03-16T09:00:59.000Z', from: 'draft' }
    expect(newerOf(journal, draft)?.from).toBe('journal')
    expect(newerOf({ ...journal, at: draft.at }, draft)?.from).toBe('journal')
    expect(newerOf(journal, { ...draft, at: '2026-03-16T09:02:00.000Z' })?.from).toBe('draft')
    expect(newerOf(null, draft)?.from).toBe('draft')
    expect(newerOf(null, null)).toBeNull()
  })
})
