import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createMeasuresCsv } from '../../../src/renderer/src/features/backup/model/csv/createCsv'
import { MEASURES_CSV_HEADERS } from '../../../src/renderer/src/features/backup/model/csv/measuresCsv'
import { emptyMeasureValue } from '../../../src/shared/domain/measures/values'
import { buildNeedledMuscle, buildPatientInput, buildSessionInput } from '../../factories'
import { createTestDb } from '../testDb'

async function exportMeasures(ctx: ReturnType<typeof createTestDb>) {
  const result = await createMeasuresCsv(ctx.repos.backup)
  if (!result.ok) throw new Error(result.error.message)
  const text = new TextDecoder('utf-8').decode(await result.value.blob.arrayBuffer())
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  return { rows: result.value.rows, parsed }
}

describe('measures exported to CSV', () => {
  it('writes one row per value: per side, per PSFS activity and its mean, tightness before and after', async () => {
    const ctx = createTestDb()
    const patient = await ctx.repos.patients.create(buildPatientInput({ lastName: 'Núñez, "N"' }))
    if (!patient.ok) throw new Error('setup failed')
    const id = patient.value.id
    await ctx.repos.sessions.create(
      id,
      buildSessionInput({
        date: '2026-03-02T10:15',
        muscles: [buildNeedledMuscle({ tightnessBefore: 7, tightnessAfter: 4 })],
        measures: [
          { ...emptyMeasureValue('knee-to-wall'), left: 6.5, right: 11 },
          { ...emptyMeasureValue('ober'), right: 1 }
        ]
      })
    )
    await ctx.repos.measures.create(id, {
      takenAt: '2026-03-09T19:00',
      values: [
        {
          ...emptyMeasureValue('psfs'),
          activities: [
            { name: '=run 10 km', score: 4 },
            { name: 'stairs', score: 7 }
          ]
        },
        { ...emptyMeasureValue('weekly-distance'), value: 24.5 }
      ],
      note: 'By email'
    })
    const { rows, parsed } = await exportMeasures(ctx)
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...MEASURES_CSV_HEADERS])
    expect(rows).toBe(parsed.data.length)
    const pick = (r: Record<string, string>) => [
      r['measure_id'],
      r['side'],
      r['timing'],
      r['activity'],
      r['value'],
      r['value_words']
    ]
    expect(parsed.data.map(pick)).toEqual([
      ['tightness', 'left', 'before', '', '7', ''],
      ['tightness', 'left', 'after', '', '4', ''],
      ['knee-to-wall', 'left', '', '', '6.5', ''],
      ['knee-to-wall', 'right', '', '', '11', ''],
      ['ober', 'right', '', '', '1', 'positive'],
      ['psfs', '', '', "'=run 10 km", '4', ''],
      ['psfs', '', '', 'stairs', '7', ''],
      ['psfs', '', '', 'mean', '5.5', ''],
      ['weekly-distance', '', '', '', '24.5', '']
    ])
    expect(parsed.data[0]).toMatchObject({
      last_name: 'Núñez, "N"',
      taken_date: '2026-03-02',
      taken_at: 'visit',
      muscle: 'Soleus'
    })
    expect(parsed.data[8]).toMatchObject({
      taken_at: 'between-visits',
      unit: 'km',
      note: 'By email'
    })
  })

  it('is only the header for a clinic without measures', async () => {
    const { rows, parsed } = await exportMeasures(createTestDb())
    expect(rows).toBe(0)
    expect(parsed.data).toEqual([])
  })
})
