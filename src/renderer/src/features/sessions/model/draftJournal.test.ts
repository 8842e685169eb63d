import { beforeEach, describe, expect, it } from 'vitest'
import { Vault } from '@renderer/db/sealing/vault'
import { newDataKey } from '@shared/crypto/clinicKey'
import { clearJournal, journalKey, newerOf, readJournal, writeJournal } from './draftJournal'

const plain = new Vault(false)
const sealerOf = (vault: Vault) => ({
  seal: (text: string, context: string) => vault.sealText(text, context),
  open: (stored: string, context: string) => vault.openText(stored, context)
})

describe('draft journal', () => {
  beforeEach(() => localStorage.clear())

  it('holds no plain text in a sealed clinic, and nothing at all while locked', () => {
    const vault = new Vault(true)
    const key = newDataKey()
    vault.open(key)
    const sealer = sealerOf(vault)
    writeJournal(localStorage, 'new:p1', { data: { notes: 'last words' }, at: 'T1' }, sealer)
    const stored = localStorage.getItem(journalKey('new:p1'))!
    expect(stored).not.toContain('last words')
    expect(readJournal(localStorage, 'new:p1', sealer)).toEqual({
      data: { notes: 'last words' },
      at: 'T1'
    })
    vault.close()
    expect(readJournal(localStorage, 'new:p1', sealer)).toBeNull()
    writeJournal(localStorage, 'new:p2', { data: { notes: 'more' }, at: 'T2' }, sealer)
    expect(localStorage.getItem(journalKey('new:p2'))).toBeNull()
    // Another clinic's key opens nothing.
    vault.open(newDataKey())
    expect(readJournal(localStorage, 'new:p1', sealer)).toBeNull()
    vault.close()
    vault.open(key)
    expect(readJournal(localStorage, 'new:p1', sealer)?.data).toEqual({ notes: 'last words' })
  })

  it('keeps the form written at unload until cleared', () => {
    writeJournal(
      localStorage,
      'new:p1',
      { data: { notes: 'last words' }, at: '2026-03-16T09:01:00.000Z' },
      sealerOf(plain)
    )
    expect(readJournal(localStorage, 'new:p1', sealerOf(plain))).toEqual({
      data: { notes: 'last words' },
      at: '2026-03-16T09:01:00.000Z'
    })
    expect(readJournal(localStorage, 'new:p2', sealerOf(plain))).toBeNull()
    clearJournal(localStorage, 'new:p1')
    expect(readJournal(localStorage, 'new:p1', sealerOf(plain))).toBeNull()
  })

  it('ignores an entry it cannot read', () => {
    localStorage.setItem(journalKey('new:p1'), '{not json')
    expect(readJournal(localStorage, 'new:p1', sealerOf(plain))).toBeNull()
    localStorage.setItem(journalKey('new:p1'), JSON.stringify({ data: 1 }))
    expect(readJournal(localStorage, 'new:p1', sealerOf(plain))).toBeNull()
  })

  it('picks whichever was written last, the journal on a tie', () => {
    const journal = { at: '2026-03-16T09:01:00.000Z', from: 'journal' }
    const draft = { at: '2026-03-16T09:00:59.000Z', from: 'draft' }
    expect(newerOf(journal, draft)?.from).toBe('journal')
    expect(newerOf({ ...journal, at: draft.at }, draft)?.from).toBe('journal')
    expect(newerOf(journal, { ...draft, at: '2026-03-16T09:02:00.000Z' })?.from).toBe('draft')
    expect(newerOf(null, draft)?.from).toBe('draft')
    expect(newerOf(null, null)).toBeNull()
    // The journal written at Save wins over a draft write that landed after it.
    expect(
      newerOf(journal, { ...draft, at: '2026-03-16T09:02:00.000Z' }, { isSaveJournal: true })?.from
    ).toBe('journal')
  })
})
