import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from '../../../src/renderer/src/features/backup/model/format'
import { createTestDb } from '../testDb'
import { backupBytes, demoClinicWithHardText, dumpTables, readBackup, text } from './backupFixtures'

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
      drafts: 1
    })

    const target = createTestDb()
    const restored = await target.repos.backup.replaceAll(verified.value.rows)
    expect(restored.ok).toBe(true)
    expect(await dumpTables(target.db)).toEqual(original)
    const names = (await target.repos.patients.search('briain')).map((p) => p.firstName)
    expect(names).toEqual(['Siobhán 🏃‍♀️'])
  })

  it('writes one JSON document, one row per line, with a checksum over the compact tables', async () => {
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
      schemaVersion: 1,
      appVersion: '0.1.0-test',
      createdAt: '2026-03-16T09:00:00.000Z'
    })
    expect(Object.keys(parsed.tables)).toEqual([...BACKUP_TABLES])
    expect(parsed.tables).toEqual(await dumpTables(source.db))
    const expected = createHash('sha256').update(JSON.stringify(parsed.tables)).digest('hex')
    expect(parsed.checksum).toEqual({ algorithm: 'SHA-256', value: expected })
    const lines = content.split('\n')
    expect(lines.length).toBe(
      1 + BACKUP_TABLES.length * 2 + Object.values(parsed.tables).flat().length + 2
    )
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
      drafts: 0
    })
  })

  it('reports progress while reading a clinic and while checking a file', async () => {
    const source = await demoClinicWithHardText()
    const seen: string[] = []
    const { createBackup } =
      await import('../../../src/renderer/src/features/backup/model/createBackup')
    const written = await createBackup(
      source.repos.backup,
      { appVersion: 'x', schemaVersion: 1, createdAt: new Date() },
      (p) => seen.push(`${p.phase}:${p.done}/${p.total}`)
    )
    expect(written.ok).toBe(true)
    const total = (await source.repos.backup.counts()).sessions
    expect(seen[0]).toMatch(/^reading:0\//)
    expect(seen.at(-1)).toMatch(/^writing-file:/)
    expect(total).toBeGreaterThan(0)
  })
})
