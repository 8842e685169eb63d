import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { declareVersions } from '../../../src/renderer/src/db/versions'
import { buildPatientRecord } from '../../../src/shared/domain/patient'
import { buildPatientInput } from '../../factories'
import { buildRace, buildSession } from '../../factories/records'

const uniqueName = (): string => `racepoint-v1-${Math.random().toString(36).slice(2)}`

describe('version 1: the first schema', () => {
  it('creates the five tables with their indexes, and each index finds the rows written', async () => {
    const db = new Dexie(uniqueName())
    declareVersions(db, 1)
    await db.open()
    expect(db.verno).toBe(1)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['drafts', 'patients', 'races', 'sessions', 'settings'].sort()
    )

    const patient = buildPatientRecord(
      buildPatientInput({ firstName: 'Zoë', lastName: 'Martin' }),
      'p-1',
      new Date('2026-01-05T09:00:00Z')
    )
    await db.table('patients').add(patient)
    await db.table('races').add(buildRace({ id: 'r-1', patientId: 'p-1', date: '2026-04-12' }))
    await db
      .table('sessions')
      .add(buildSession({ id: 's-1', patientId: 'p-1', date: '2026-02-01T10:00' }))
    await db.table('drafts').add({
      id: 'new:p-1',
      patientId: 'p-1',
      sessionId: null,
      data: {},
      updatedAt: '2026-02-01T10:00:00.000Z'
    })

    const byName = await db.table('patients').where('searchTerms').startsWith('zo').toArray()
    expect(byName.map((p: { id: string }) => p.id)).toEqual(['p-1'])
    const active = await db
      .table('patients')
      .where('[status+sortName]')
      .between(['active', Dexie.minKey], ['active', Dexie.maxKey])
      .count()
    expect(active).toBe(1)
    const races = await db
      .table('races')
      .where('[patientId+date]')
      .between(['p-1', Dexie.minKey], ['p-1', Dexie.maxKey])
      .primaryKeys()
    expect(races).toEqual(['r-1'])
    expect(await db.table('sessions').where('date').startsWith('2026-02').primaryKeys()).toEqual([
      's-1'
    ])
    expect(await db.table('drafts').where('patientId').equals('p-1').primaryKeys()).toEqual([
      'new:p-1'
    ])
    db.close()
  })
})
