import { describe, expect, it } from 'vitest'
import {
  formatDwell,
  formatNeedles,
  formatTechnique,
  formatTwitches,
  nextCheckpoint
} from './format'

describe('session formatting', () => {
  it('writes dwell time the way a therapist says it', () => {
    expect(formatDwell(null)).toBe('–')
    expect(formatDwell(30)).toBe('30 s')
    expect(formatDwell(600)).toBe('10 min')
    expect(formatDwell(90)).toBe('1 min 30 s')
  })

  it('names the technique with its stimulation settings', () => {
    expect(formatTechnique({ technique: 'pistoning', estim: null })).toBe(
      'Pistoning (fast-in, fast-out)'
    )
    expect(
      formatTechnique({ technique: 'electrical', estim: { frequencyHz: 2, minutes: 15 } })
    ).toBe('Electrical stimulation, 2 Hz for 15 min')
  })

  it('counts needles, insertions and twitches', () => {
    expect(formatNeedles({ needleCount: 1, insertions: null })).toBe('1 needle')
    expect(formatNeedles({ needleCount: 2, insertions: 8 })).toBe('2 needles, 8 insertions')
    expect(formatTwitches(0)).toBe('None')
    expect(formatTwitches(3)).toBe('3')
  })

  it('suggests the first follow-up checkpoint not yet recorded', () => {
    expect(nextCheckpoint([])).toBe('24h')
    expect(nextCheckpoint(['24h'])).toBe('48h')
    expect(nextCheckpoint(['24h', '48h', '72h'])).toBe('72h')
  })
})
