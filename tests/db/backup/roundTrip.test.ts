import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../../src/renderer/src/db/versions'
import { readBackupFile } from '../../../src/renderer/src/features/backup/model/file/reader'
import type { RawTables } from '../../../src/renderer/src/features/backup/model/file/upgrade'
import { createTestDb } from '../testDb'
import { createBackup } from '../../../src/renderer/src/features/backup/model/file/createBackup'
import { backupBytes, demoClinicWithHardText, dumpTables, readBackup, text } from './backupFixtures'
import { BACKUP_TABLES } from '../../../src/renderer/src/db/tables'

describe('backup and restore', () => {
  it('gives back every row of the demo clinic, deep-equal, in an empty database', async () => {
    const source = await demoClinicWithHardText()
    const original = await dumpTables(source.db)
    expect(original['sessions']!.length).toBeGreaterThan(50)
    expect(original['drafts']).toHaveLength(1)

    const bytes = await backupBytes(source)
    const verified = await readBackup(bytes)
    if (!verified.ok) throw new Error(verified.error.message)
    expect(verified.value.header.counts).toEqual({
      patients: original['patients']!.length,
      races: original['races']!.length,
      sessions: original['sessions']!.length,
      settings: 1,
      drafts: 1,
      credentials: original['credentials']!.length,
      audit: original['audit']!.length,
      measures: original['measures']!.length
    })
    expect(original['measures']!.length).toBeGreaterThan(0)

    const target = createTestDb()
    const restored = await target.repos.backup.replaceAll(verified.value.rows)
    expect(restored.ok).toBe(true)
    expect(await dumpTables(target.db)).toEqual(original)
    const names = (await target.repos.patients.search('briain')).map((p) => p.firstName)
    expect(names).toEqual(['Siobhán 🏃‍♀️'])
  })

  it('writes one JSON document, one row per line, checksummed after its first line', async () => {
    const source = await demoClinicWithHardText()
    const content = text(await backupBytes(source))
    const parsed = JSON.parse(content) as {
      format: string
      formatVersion: number
      schemaVersion: number
      appVersion: string
      createdAt: string
      checksum: { algorithm: string; value: string }
      tables: Record<string, unknown[]>
    }
    expect(parsed).toMatchObject({
      format: 'racepoint-backup',
      formatVersion: 1,
      schemaVersion: LATEST_VERSION,
      appVersion: '0.1.0-test',
      createdAt: '2026-03-16T09:00:00.000Z'
    })
    expect(Object.keys(parsed.tables)).toEqual([...BACKUP_TABLES])
    expect(parsed.tables).toEqual(await dumpTables(source.db))
    const body = content.slice(content.indexOf('\n') + 1)
    const expected = createHash('sha256').update(body, 'utf8').digest('hex')
    expect(parsed.checksum).toEqual({ algorithm: 'SHA-256', value: expected })
    const lines = content.split('\n')
    expect(lines.length).toBe(
      1 + BACKUP_TABLES.length * 2 + Object.values(parsed.tables).flat().length + 2
    )
    const sessionLines = lines.slice(lines.indexOf('"sessions":['))
    expect(sessionLines[1]).toBe(`${JSON.stringify(parsed.tables['sessions']![0])},`)
  })

  it('restores a backup made at schema version 1, from before the appointment index', async () => {
    const source = await demoClinicWithHardText()
    const original = await dumpTables(source.db)
    const written = await createBackup(source.repos.backup, {
      appVersion: '0.1.0',
      schemaVersion: 1,
      createdAt: new Date('2026-01-05T10:00:00Z')
    })
    if (!written.ok) throw new Error(written.error.message)
    const verified = await readBackup(new Uint8Array(await written.value.blob.arrayBuffer()))
    if (!verified.ok) throw new Error(verified.error.message)
    expect(verified.value.header.schemaVersion).toBe(1)
    const target = createTestDb()
    expect((await target.repos.backup.replaceAll(verified.value.rows)).ok).toBe(true)
    expect(await dumpTables(target.db)).toEqual(original)
  })

  it('upgrades rows step by step from an older schema version, or refuses it clearly', async () => {
    const bytes = await backupBytes(await demoClinicWithHardText())
    // As a Racepoint one version newer, whose step rewrites a field, would read it.
    const upgrades = {
      [LATEST_VERSION]: (tables: RawTables) => ({
        ...tables,
        races: tables.races.map((r) => ({ ...(r as object), notes: 'converted' }))
      })
    }
    const next = LATEST_VERSION + 1
    const upgraded = await readBackupFile(bytes, { latestSchemaVersion: next, upgrades })
    if (!upgraded.ok) throw new Error(upgraded.error.message)
    expect(upgraded.value.rows.races.every((r) => r.notes === 'converted')).toBe(true)

    const refused = await readBackupFile(bytes, { latestSchemaVersion: next, upgrades: {} })
    expect(refused.ok ? null : refused.error.kind).toBe('older-version')
  })

  it('backs up and restores an empty clinic', async () => {
    const empty = createTestDb()
    const verified = await readBackup(await backupBytes(empty))
    if (!verified.ok) throw new Error(verified.error.message)
    const target = await demoClinicWithHardText()
    expect((await target.repos.backup.replaceAll(verified.value.rows)).ok).toBe(true)
    expect(await target.repos.backup.counts()).toEqual({
      patients: 0,
      races: 0,
      sessions: 0,
      settings: 0,
      drafts: 0,
      credentials: 0,
      audit: 0,
      measures: 0
    })
  })

  it('reports progress while reading a clinic and while checking a file', async () => {
    const source = await demoClinicWithHardText()
    const counts = await source.repos.backup.counts()
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    const reading: string[] = []
    const written = await createBackup(
      source.repos.backup,
      { appVersion: 'x', schemaVersion: LATEST_VERSION, createdAt: new Date() },
      (p) => reading.push(`${p.phase} ${p.done}/${p.total}`)
    )
    if (!written.ok) throw new Error(written.error.message)
    expect(reading[0]).toBe(`reading 0/${total}`)
    expect(reading).toContain(`reading ${total}/${total}`)
    expect(reading.at(-1)).toBe(`writing-file 0/0`)

    const checking: number[] = []
    const bytes = new Uint8Array(await written.value.blob.arrayBuffer())
    const verified = await readBackupFile(bytes, {
      latestSchemaVersion: LATEST_VERSION,
      onProgress: (p) => checking.push(p.done)
    })
    expect(verified.ok).toBe(true)
    expect(checking.at(-1)).toBe(100)
    expect(checking).toEqual([...checking].sort((a, b) => a - b))
  })
})
