import { describe, expect, it } from 'vitest'
import { BACKUP_ROW_UPGRADES } from '../../../src/renderer/src/features/backup/model/file/upgrade'
import { buildPatientRecord } from '../../../src/shared/domain/patient'
import { sessionSchema } from '../../../src/shared/domain/session'
import { buildPatientInput } from '../../factories'
import { buildRace, buildSession } from '../../factories/records'
import { upgradeBetween } from '../migrationHarness'

const uniqueName = (): string => `racepoint-v6-${Math.random().toString(36).slice(2)}`
const AT = new Date('2026-01-01T10:00:00Z')

/** A session row as version 5 stored it: no measures, muscles without tightness. */
function v5Session(overrides: Parameters<typeof buildSession>[0]) {
  const s = buildSession(overrides) as Record<string, unknown>
  const { measures: _measures, ...rest } = s
  return {
    ...rest,
    muscles: (s['muscles'] as Record<string, unknown>[]).map(
      ({ tightnessBefore: _b, tightnessAfter: _a, ...m }) => m
    )
  }
}

describe('version 6: measures of recovery beyond pain', () => {
  it('keeps every row, gives old sessions no measures and their muscles no tightness, and adds the measures table', async () => {
    const patient = buildPatientRecord(buildPatientInput(), 'p-1', AT)
    const sessions = [
      v5Session({ id: 's-1', patientId: 'p-1', date: '2026-03-10T10:00' }),
      v5Session({
        id: 's-2',
        patientId: 'p-1',
        date: '2026-03-17T10:00',
        hasNeedling: false,
        muscles: []
      })
    ]
    const race = buildRace({ id: 'r-1', patientId: 'p-1' })
    expect(sessions[0]).not.toHaveProperty('measures')
    const db = await upgradeBetween(uniqueName(), 5, 6, async (old) => {
      await old.table('patients').add(patient)
      await old.table('sessions').bulkAdd(sessions)
      await old.table('races').add(race)
    })
    expect(db.verno).toBe(6)
    expect(await db.table('patients').toArray()).toEqual([patient])
    expect(await db.table('races').toArray()).toEqual([race])
    const upgraded = await db.table('sessions').orderBy('id').toArray()
    expect(upgraded.map((s) => s.measures)).toEqual([[], []])
    expect(upgraded[0].muscles[0]).toMatchObject({ tightnessBefore: null, tightnessAfter: null })
    expect(upgraded[0]).toEqual({
      ...sessions[0],
      measures: [],
      muscles: [
        { ...(sessions[0]!.muscles[0] as object), tightnessBefore: null, tightnessAfter: null }
      ]
    })
    // Every upgraded row is a valid session of this version.
    for (const s of upgraded) expect(sessionSchema.safeParse(s).success).toBe(true)

    const recording = {
      id: 'm-1',
      patientId: 'p-1',
      takenAt: '2026-03-20T18:00',
      values: [{ measureId: 'lefs', left: null, right: null, value: 52, activities: [], note: '' }],
      note: '',
      enteredBy: null,
      createdAt: AT.toISOString(),
      updatedAt: AT.toISOString()
    }
    await db.table('measures').add(recording)
    const found = await db
      .table('measures')
      .where('[patientId+takenAt]')
      .between(['p-1', '2026-03-01'], ['p-1', '2026-04-01'])
      .toArray()
    expect(found).toEqual([recording])
    // Only ids, the time taken and the write time are indexed: nothing clinical.
    const indexes = db.table('measures').schema.indexes.map((i) => i.name)
    expect(indexes.sort()).toEqual(['[patientId+takenAt]', 'updatedAt'])
    db.close()
  })

  it('upgrades backups made at version 5: sessions gain measures and tightness, and no measures table is needed', () => {
    const tables = {
      patients: [{ id: 'p' }],
      races: [],
      sessions: [{ id: 's', muscles: [{ muscleId: 'soleus' }] }],
      settings: [],
      drafts: [],
      credentials: [],
      audit: [],
      measures: []
    }
    expect(BACKUP_ROW_UPGRADES[5]!(tables).sessions).toEqual([
      {
        id: 's',
        measures: [],
        muscles: [{ muscleId: 'soleus', tightnessBefore: null, tightnessAfter: null }]
      }
    ])
  })
})
