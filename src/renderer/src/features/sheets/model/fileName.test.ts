import { describe, expect, it } from 'vitest'
import { MUSCLES } from '@shared/domain/muscles'
import { sheetFileName } from './fileName'
import { plainMuscleWords } from './plainWords'

describe('the PDF file name', () => {
  it('is the patient, the session day and what it is, with accents folded', () => {
    expect(sheetFileName({ firstName: 'Zoë', lastName: 'Martin' }, '2026-03-13T13:00')).toBe(
      'Zoe Martin 2026-03-13 recovery sheet.pdf'
    )
    expect(sheetFileName({ firstName: 'Siobhán', lastName: "O'Connor" }, '2026-03-13T11:15')).toBe(
      "Siobhan O'Connor 2026-03-13 recovery sheet.pdf"
    )
  })

  it('drops characters file systems refuse', () => {
    expect(sheetFileName({ firstName: 'A/B', lastName: 'C:D*?"<>|' }, '2026-01-02T09:00')).toBe(
      'A B C D 2026-01-02 recovery sheet.pdf'
    )
    expect(sheetFileName({ firstName: '..', lastName: '/' }, '2026-01-02T09:00')).toBe(
      'Patient 2026-01-02 recovery sheet.pdf'
    )
  })
})

describe('plain words for muscles', () => {
  it('has words a runner understands for every muscle in the catalog', () => {
    for (const muscle of MUSCLES) {
      expect(plainMuscleWords(muscle.id), muscle.id).not.toBe(muscle.name)
    }
    expect(plainMuscleWords('upper-trapezius')).toBe('Top of the shoulder and neck')
  })
})
