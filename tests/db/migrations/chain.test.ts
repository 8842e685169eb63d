import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase, RacepointDB } from '../../../src/renderer/src/db/database'
import {
  declareVersions,
  LATEST_VERSION,
  SCHEMA_VERSIONS
} from '../../../src/renderer/src/db/versions'
import { buildPatientRecord } from '../../../src/shared/domain/patient'
import { buildPatientInput } from '../../factories'
import { upgradeFromVersion } from '../migrationHarness'

const uniqueName = (): string => `racepoint-migration-${Math.random().toString(36).slice(2)}`

describe('schema version chain', () => {
  it('numbers versions 1, 2, 3… without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.length)
  })

  it('keeps each version in its own numbered file, with a test of its own', () => {
    const root = resolve(__dirname, '../../..')
    for (const v of SCHEMA_VERSIONS) {
      const file = `${String(v.version).padStart(4, '0')}-${v.name}`
      expect(existsSync(resolve(root, `src/renderer/src/db/migrations/${file}.ts`)), file).toBe(
        true
      )
      expect(existsSync(resolve(root, `tests/db/migrations/${file}.test.ts`)), file).toBe(true)
    }
  })

  it('opens a database written at version 1 with its rows intact', async () => {
    const patient = buildPatientRecord(buildPatientInput(), 'p-1', new Date('2026-01-01T10:00:00Z'))
    const db = await upgradeFromVersion(uniqueName(), 1, async (old) => {
      await old.table('patients').add(patient)
    })
    expect(await db.patients.get('p-1')).toEqual(patient)
    expect(db.verno).toBe(LATEST_VERSION)
    db.close()
  })

  it('refuses a database from a newer Racepoint and says so, changing nothing', async () => {
    const name = uniqueName()
    const future = new Dexie(name)
    future.version(LATEST_VERSION + 5).stores({ patients: 'id', futureTable: 'id' })
    await future.open()
    await future.table('patients').add({ id: 'kept' })
    future.close()

    const failure = await openDatabase(new RacepointDB(name))
    expect(failure?.message).toMatch(/newer version of Racepoint/)

    const reopened = new Dexie(name)
    await reopened.open()
    expect(reopened.verno).toBe(LATEST_VERSION + 5)
    expect(await reopened.table('patients').get('kept')).toEqual({ id: 'kept' })
    reopened.close()
  })

  it('leaves the previous version and its rows untouched when an upgrade fails', async () => {
    const name = uniqueName()
    const v1 = new Dexie(name)
    declareVersions(v1, 1)
    await v1.open()
    await v1.table('races').add({ id: 'r-1', patientId: 'p-1', date: '2026-05-01' })
    v1.close()

    const broken = new Dexie(name)
    declareVersions(broken, 1)
    broken
      .version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('races').toCollection().modify({ touched: true })
        throw new Error('upgrade failed half-way')
      })
    await expect(broken.open()).rejects.toThrow()
    broken.close()

    const after = new Dexie(name)
    await after.open()
    expect(after.verno).toBe(1)
    expect(await after.table('races').get('r-1')).toEqual({
      id: 'r-1',
      patientId: 'p-1',
      date: '2026-05-01'
    })
    after.close()
  })
})
