import { describe, expect, it } from 'vitest'
import { settingsSchema, SETTINGS_ID } from '../settings'
import { DEFAULT_SHEET_TEXTS, sheetTextsSchema } from './texts'

describe('sheet texts in settings', () => {
  it('fills the default texts into a settings row saved before the sheet texts existed', () => {
    const oldRow = {
      id: SETTINGS_ID,
      isSetUp: true,
      clinic: { name: 'Harbour Physio', address: '', phone: '', email: '', logoDataUrl: null },
      therapists: [],
      defaultTherapistId: null,
      units: 'km',
      paperSize: 'Letter',
      raceWindow: { anyRaceHours: 72, aRaceDays: 7 },
      updatedAt: '2026-01-01T10:00:00.000Z'
    }
    const parsed = settingsSchema.parse(oldRow)
    expect(parsed.sheet).toEqual(DEFAULT_SHEET_TEXTS)
    expect(parsed.paperSize).toBe('Letter')
  })

  it('keeps the clinic’s own wording and fills only the texts it never saved', () => {
    const parsed = sheetTextsSchema.parse({
      intro: '  Hello {firstName}!  ',
      advice: { heat: 'A hot bath helps.' }
    })
    expect(parsed.intro).toBe('Hello {firstName}!')
    expect(parsed.advice.heat).toBe('A hot bath helps.')
    expect(parsed.advice['gentle-movement']).toBe(DEFAULT_SHEET_TEXTS.advice['gentle-movement'])
    expect(parsed.chestWarning).toBe(DEFAULT_SHEET_TEXTS.chestWarning)
  })

  it('refuses a text that is too long, naming it', () => {
    const result = sheetTextsSchema.safeParse({ intro: 'x'.repeat(601) })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      'Opening line is too long (at most 600 characters)'
    )
  })

  it('states the soreness timeline and the warning signs of the clinical reference by default', () => {
    expect(DEFAULT_SHEET_TEXTS.whatToExpect).toMatch(/24–48 hours/)
    expect(DEFAULT_SHEET_TEXTS.whatToExpect).toMatch(/72 hours/)
    expect(DEFAULT_SHEET_TEXTS.warningSigns.split('\n')).toEqual([
      'Spreading redness, heat or fever at a needle site',
      'Bleeding that will not stop',
      'Numbness or weakness that persists'
    ])
    expect(DEFAULT_SHEET_TEXTS.chestWarning).toMatch(/Shortness of breath or chest pain/)
  })
})
