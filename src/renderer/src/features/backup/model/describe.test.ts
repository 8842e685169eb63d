import { describe, expect, it } from 'vitest'
import { describeCounts, formatBytes } from './describe'

describe('describing a backup', () => {
  it('counts what it holds in words', () => {
    expect(
      describeCounts({
        patients: 1,
        sessions: 0,
        races: 2,
        settings: 1,
        drafts: 0,
        credentials: 0,
        audit: 0,
        measures: 0
      })
    ).toBe('1 patient, 0 sessions and 2 races')
    expect(
      describeCounts({
        patients: 10000,
        sessions: 100000,
        races: 1,
        settings: 1,
        drafts: 1,
        credentials: 2,
        audit: 40,
        measures: 0
      })
    ).toBe('10,000 patients, 100,000 sessions, 1 race and 1 unsaved session draft')
  })

  it('gives file sizes in the largest sensible unit', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(34.4 * 1024 * 1024)).toBe('34.4 MB')
    expect(formatBytes(160 * 1024 * 1024)).toBe('160 MB')
  })
})
