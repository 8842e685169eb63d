import { describe, expect, it } from 'vitest'
import { differingPaths, mergeChanges } from './changes'

const base = {
  firstName: 'Zoë',
  phone: '555-0101',
  email: '',
  screening: { answers: { diabetes: false }, reviewedOn: '2026-01-10' },
  diagnoses: [{ label: 'ITBS' }]
}

describe('changes between versions of a record', () => {
  it('lists the paths that differ, comparing lists whole', () => {
    expect(
      differingPaths(base, {
        ...base,
        phone: '555-0199',
        screening: { answers: { diabetes: true }, reviewedOn: '2026-01-10' },
        diagnoses: [{ label: 'ITBS' }, { label: 'PFP' }]
      })
    ).toEqual(['diagnoses', 'phone', 'screening.answers.diabetes'])
  })

  it('keeps their phone number when I changed only the email', () => {
    const theirs = { ...base, phone: '555-0199', lastSessionAt: '2026-03-16T09:00' }
    const mine = { ...base, email: 'zoe@example.com' }
    const merge = mergeChanges(base, theirs, mine)
    expect(merge.merged).toEqual({ ...base, phone: '555-0199', email: 'zoe@example.com' })
    expect(merge.theirs).toEqual(['phone'])
    expect(merge.both).toEqual([])
  })

  it('reports a field both changed, with mine laid on top', () => {
    const theirs = { ...base, phone: '555-0199' }
    const mine = { ...base, phone: '555-0123' }
    const merge = mergeChanges(base, theirs, mine)
    expect(merge.merged.phone).toBe('555-0123')
    expect(merge.both).toEqual(['phone'])
  })

  it('ignores changes to fields the form does not edit', () => {
    const theirs = { ...base, recentAt: '2026-03-16T09:00', updatedAt: 'later' }
    expect(mergeChanges(base, theirs, { ...base }).theirs).toEqual([])
  })
})
