import Papa from 'papaparse'
import { SCREENING_KEYS, type ScreeningKey } from '../../../src/shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { csvField, CSV_HEADERS } from '../../../src/renderer/src/features/backup/model/csv/csv'
import { createSessionsCsv } from '../../../src/renderer/src/features/backup/model/csv/createCsv'
import { buildNeedledMuscle, buildPatientInput, buildSessionInput } from '../../factories'
import { createTestDb } from '../testDb'
import { demoClinicWithHardText } from './backupFixtures'

async function exportCsv(ctx: ReturnType<typeof createTestDb>) {
  const progress: number[] = []
  const result = await createSessionsCsv(ctx.repos.backup, (p) => progress.push(p.done))
  if (!result.ok) throw new Error(result.error.message)
  const bytes = new Uint8Array(await result.value.blob.arrayBuffer())
  // Decoded as a spreadsheet would: the byte-order mark kept, so the test sees it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  return { ...result.value, text, progress }
}

describe('sessions exported to CSV', () => {
  it('round-trips through a standard CSV parser: one row per needled muscle per session', async () => {
    const ctx = createTestDb()
    const patient = await ctx.repos.patients.create(
      buildPatientInput({ firstName: 'Zoë, "Zo"', lastName: 'Núñez\nSecond line' })
    )
    if (!patient.ok) throw new Error('setup failed')
    const id = patient.value.id
    await ctx.repos.sessions.create(
      id,
      buildSessionInput({
        date: '2026-03-02T10:15',
        notes: 'Line one\r\nLine two, with "quotes"',
        outcome: '=SUM(A1:A9) looked fine',
        screeningFlags: ['anticoagulants'],
        screening: {
          answers: {
            anticoagulants: 'yes',
            pregnancy: 'not-asked',
            ...Object.fromEntries(
              SCREENING_KEYS.filter((k) => k !== 'anticoagulants' && k !== 'pregnancy').map((k) => [
                k,
                'no'
              ])
            )
          } as Record<ScreeningKey, 'yes' | 'no' | 'not-asked'>,
          reviewedOn: '2026-02-01'
        },
        muscles: [
          buildNeedledMuscle({ muscleId: 'soleus', side: 'left', technique: 'pistoning' }),
          buildNeedledMuscle({
            muscleId: 'gastrocnemius-medial',
            side: 'bilateral',
            technique: 'electrical',
            estim: { frequencyHz: 2, minutes: 10 },
            insertions: null
          })
        ]
      })
    )
    await ctx.repos.sessions.create(
      id,
      buildSessionInput({
        date: '2026-03-09T16:45',
        hasNeedling: false,
        muscles: [],
        painBefore: 4,
        painAfter: null,
        diagnosis: 'Review only'
      })
    )

    const csv = await exportCsv(ctx)
    expect(csv).toMatchObject({ sessions: 2, rows: 3 })
    expect(csv.text.startsWith('\uFEFFsession_id,')).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...CSV_HEADERS])
    expect(parsed.data).toHaveLength(3)
    const [soleus, gastroc, review] = parsed.data
    expect(soleus).toMatchObject({
      session_date: '2026-03-02',
      session_time: '10:15',
      first_name: 'Zoë, "Zo"',
      last_name: 'Núñez\nSecond line',
      pain_before: '6',
      pain_after: '3',
      pain_change: '-3',
      muscle: 'Soleus',
      muscle_id: 'soleus',
      side: 'left',
      technique: 'pistoning',
      needle_diameter_mm: '0.25',
      needle_length_mm: '30',
      estim_hz: '',
      notes: 'Line one\r\nLine two, with "quotes"',
      outcome: "'=SUM(A1:A9) looked fine",
      needling: 'yes',
      consent_given: 'yes',
      screening_flags: 'anticoagulants',
      screening: 'Precautions: Anticoagulants; not asked: Pregnant'
    })
    expect(gastroc).toMatchObject({
      session_id: soleus!.session_id,
      side: 'bilateral',
      technique: 'electrical',
      estim_hz: '2',
      estim_minutes: '10',
      insertions: ''
    })
    expect(review).toMatchObject({
      session_date: '2026-03-09',
      needling: 'no',
      diagnosis: 'Review only',
      pain_before: '4',
      pain_after: '',
      pain_change: '',
      // Logged without its screening answers: never read as "no precautions" without saying so.
      screening: 'No precautions recorded (answers not recorded)',
      muscle: '',
      technique: ''
    })
  })

  it('exports the whole demo clinic, earliest first, with progress', async () => {
    const ctx = await demoClinicWithHardText()
    const csv = await exportCsv(ctx)
    const sessions = await ctx.db.sessions.toArray()
    const expectedRows = sessions.reduce((sum, s) => sum + Math.max(1, s.muscles.length), 0)
    const parsed = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(expectedRows)
    const dates = parsed.data.map((r) => `${r['session_date']}T${r['session_time']}`)
    expect(dates).toEqual([...dates].sort())
    expect(new Set(parsed.data.map((r) => r['session_id'])).size).toBe(sessions.length)
    expect(csv.progress.at(-1)).toBe(sessions.length)
  })

  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    expect(csvField(-3)).toBe('-3')
    expect(csvField('-3 after', true)).toBe("'-3 after")
    expect(csvField('@home', true)).toBe("'@home")
  })
})
