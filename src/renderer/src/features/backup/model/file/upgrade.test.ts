import { describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '@renderer/db/versions'
import { BACKUP_ROW_UPGRADES, upgradeTables, type RawTables } from './upgrade'

const tables = (): RawTables => ({
  patients: [{ id: 'p-1', name: 'Ana Ruiz' }],
  races: [],
  sessions: [{ id: 's-1', patientId: 'p-1' }],
  settings: [],
  drafts: [],
  credentials: [],
  audit: [],
  measures: []
})

describe('upgrading rows of a backup from an older schema version', () => {
  it('leaves rows of the current version as they are', () => {
    expect(upgradeTables(tables(), 1, 1, {})).toEqual({ ok: true, value: tables() })
  })

  it('applies each step in order from the backup’s version to the current one', () => {
    const steps = {
      1: (t: RawTables) => ({
        ...t,
        sessions: t.sessions.map((s) => ({ ...(s as object), v2: true }))
      }),
      2: (t: RawTables) => ({
        ...t,
        sessions: t.sessions.map((s) => ({ ...(s as object), v3: true }))
      })
    }
    const result = upgradeTables(tables(), 1, 3, steps)
    expect(result.ok && result.value.sessions).toEqual([
      { id: 's-1', patientId: 'p-1', v2: true, v3: true }
    ])
  })

  it('refuses, clearly, a version it has no step for', () => {
    const result = upgradeTables(tables(), 1, 3, { 2: (t: RawTables) => t })
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'older-version',
        message:
          'This backup was made by an old version of Racepoint (data version 1) that this version cannot convert. Nothing has been changed.'
      }
    })
  })
})

describe('the row upgrades that ship', () => {
  it('have a step from every older schema version, so no older backup is stranded', () => {
    for (let version = 1; version < LATEST_VERSION; version++)
      expect(BACKUP_ROW_UPGRADES[version], `a step from version ${version}`).toBeTypeOf('function')
    const upgraded = upgradeTables(tables(), 1, LATEST_VERSION)
    expect(upgraded.ok && upgraded.value.patients).toEqual(tables().patients)
    // Version 3: a session from before records its screening as not recorded and no sheet given.
    expect(upgraded.ok && upgraded.value.sessions).toEqual([
      {
        id: 's-1',
        patientId: 'p-1',
        screening: null,
        handouts: [],
        enteredBy: null,
        measures: [],
        muscles: []
      }
    ])
  })
})
