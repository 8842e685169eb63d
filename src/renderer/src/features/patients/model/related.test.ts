import { describe, expect, it } from 'vitest'
import { relatedText } from './related'

describe('what goes with a patient', () => {
  it('counts sessions and races in words', () => {
    expect(relatedText({ sessions: 9, races: 3 })).toBe('9 sessions and 3 races')
    expect(relatedText({ sessions: 1, races: 1 })).toBe('1 session and 1 race')
    expect(relatedText({ sessions: 0, races: 0 })).toBe('no sessions and no races')
  })
})
