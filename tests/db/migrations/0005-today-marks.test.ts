import { describe, expect, it } from 'vitest'
import { BACKUP_ROW_UPGRADES } from '../../../src/renderer/src/features/backup/model/file/upgrade'
import { buildPatientRecord } from '../../../src/shared/domain/patient'
import { buildPatientInput } from '../../factories'
import { buildRace, buildSession } from '../../factories/records'
import { upgradeBetween } from '../migrationHarness'

const uniqueName = (): string => `racepoint-v5-${Math.random().toString(36).slice(2)}`
const AT = new Date('2026-01-01T10:00:00Z')

describe('version 5: marks for Today, the clinic’s tally, A races by date', () => {
  it('keeps every row, marks the sessions Today looks for and tallies patients by status, sessions and races', async () => {
    const patients = [
      buildPatientRecord(buildPatientInput(), 'p-1', AT),
      { ...buildPatientRecord(buildPatientInput(), 'p-2', AT), status: 'archived' as const },
      buildPatientRecord(buildPatientInput(), 'p-3', AT)
    ]
    const sessions = [
      buildSession({
        id: 'adverse',
        patientId: 'p-1',
        date: '2026-03-10T10:00',
        hasNeedling: false,
        adverseEvents: [{ category: 'bruising', severity: 'mild', note: '' }]
      }),
      buildSession({ id: 'needled-open', patientId: 'p-1', date: '2026-03-14T10:00' }),
      buildSession({
        id: 'needled-done',
        patientId: 'p-3',
        date: '2026-03-01T10:00',
        followUps: (['24h', '48h', '72h'] as const).map((checkpoint, i) => ({
          id: `f-${i}`,
          checkpoint,
          soreness: 2,
          recordedAt: '2026-03-05T10:00',
          note: ''
        }))
      }),
      buildSession({ id: 'plain', patientId: 'p-3', hasNeedling: false })
    ]
    const races = [
      buildRace({ id: 'a', patientId: 'p-1', date: '2026-04-01', priority: 'A' }),
      buildRace({ id: 'b', patientId: 'p-3', date: '2026-04-02', priority: 'B' })
    ]
    const db = await upgradeBetween(uniqueName(), 4, 5, async (old) => {
      await old.table('patients').bulkAdd(patients)
      await old.table('sessions').bulkAdd(sessions)
      await old.table('races').bulkAdd(races)
    })
    expect(db.verno).toBe(5)
    expect(await db.table('patients').orderBy('id').toArray()).toEqual(patients)
    expect(await db.table('sessions').orderBy('id').toArray()).toEqual(
      [...sessions].sort((a, b) => a.id.localeCompare(b.id))
    )
    expect(await db.table('races').orderBy('id').toArray()).toEqual(races)

    expect(await db.table('marks').orderBy('id').toArray()).toEqual([
      { id: 'adverse', patientId: 'p-1', adverseAt: '2026-03-10T10:00' },
      { id: 'needled-open', patientId: 'p-1', followUpAt: '2026-03-14T10:00' }
    ])
    expect(await db.table('counts').get('clinic')).toEqual({
      id: 'clinic',
      active: 2,
      archived: 1,
      trashed: 0,
      sessions: 4,
      races: 2
    })
    const aRaces = await db
      .table('races')
      .where('[priority+date]')
      .between(['A', '2026-03-16'], ['A', '2026-04-13'], true, true)
      .primaryKeys()
    expect(aRaces).toEqual(['a'])
    db.close()
  })

  it('restores backups made at version 3 with their rows as they were', () => {
    const tables = {
      patients: [{ id: 'p' }],
      races: [],
      sessions: [{ id: 's' }],
      settings: [],
      drafts: [],
      credentials: [],
      audit: [],
      measures: []
    }
    expect(BACKUP_ROW_UPGRADES[4]!(tables)).toEqual(tables)
  })
})
