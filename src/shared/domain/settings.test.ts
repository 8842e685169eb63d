import { describe, expect, it } from 'vitest'
import { paperSizeForLocale } from './settings'

describe('paperSizeForLocale', () => {
  it('starts a clinic in a US-style locale on Letter paper, elsewhere on A4', () => {
    expect(paperSizeForLocale('en-US')).toBe('Letter')
    expect(paperSizeForLocale('en-CA')).toBe('Letter')
    expect(paperSizeForLocale('es-MX')).toBe('Letter')
    expect(paperSizeForLocale('en')).toBe('Letter')
    expect(paperSizeForLocale('en-GB')).toBe('A4')
    expect(paperSizeForLocale('de-DE')).toBe('A4')
    expect(paperSizeForLocale('fr')).toBe('A4')
    expect(paperSizeForLocale('not a locale!')).toBe('A4')
  })
})
