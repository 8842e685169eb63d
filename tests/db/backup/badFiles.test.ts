import { describe, expect, it } from 'vitest'
import { CHAIN_START, sealEntry } from '../../../src/shared/domain/audit'
import { LATEST_VERSION } from '../../../src/renderer/src/db/versions'
import { createBackupWriter } from '../../../src/renderer/src/features/backup/model/file/writer'
import {
  backupBytes,
  BACKUP_NOW,
  bytesOf,
  demoClinicWithHardText,
  dumpTables,
  readBackup,
  text
} from './backupFixtures'
import { BACKUP_TABLES, type BackupRows } from '../../../src/renderer/src/db/tables'

/** A backup written from rows as given (valid checksum), to test what only the rows break. */
async function fileFrom(
  rows: BackupRows,
  schemaVersion = LATEST_VERSION
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = createBackupWriter()
  for (const table of BACKUP_TABLES) writer.addRows(table, rows[table])
  const { blob } = await writer.finish({ appVersion: 'x', schemaVersion, createdAt: BACKUP_NOW })
  return new Uint8Array(await blob.arrayBuffer())
}

async function setup() {
  const clinic = await demoClinicWithHardText()
  const good = await backupBytes(clinic)
  const verified = await readBackup(good)
  if (!verified.ok) throw new Error(verified.error.message)
  const before = await dumpTables(clinic.db)
  /** Tries a restore the way the app does: check the file, and only then replace. */
  async function attemptRestore(bytes: Uint8Array<ArrayBuffer>) {
    const result = await readBackup(bytes)
    if (result.ok) await clinic.repos.backup.replaceAll(result.value.rows)
    expect(await dumpTables(clinic.db)).toEqual(before)
    return result.ok ? null : result.error
  }
  return { clinic, good, rows: verified.value.rows, attemptRestore }
}

const replaceFirst = (
  content: string,
  from: string | RegExp,
  to: string
): Uint8Array<ArrayBuffer> => {
  const next = content.replace(from, to)
  expect(next).not.toBe(content)
  return bytesOf(next)
}

describe('a backup file that cannot be restored', () => {
  it('is refused when truncated, wherever the cut falls, and changes nothing', async () => {
    const { good, attemptRestore } = await setup()
    for (const cut of [0.5, 0.999, 0.0005]) {
      const problem = await attemptRestore(good.subarray(0, Math.floor(good.length * cut)))
      expect(problem?.kind).toBe('truncated')
      expect(problem?.message).toMatch(/incomplete: the file ends part-way through/)
    }
    const lastRowEnd = text(good).lastIndexOf('},\n') + 3
    expect((await attemptRestore(good.subarray(0, lastRowEnd)))?.kind).toBe('truncated')
  })

  it('is refused when it is some other kind of file', async () => {
    const { attemptRestore } = await setup()
    const wrong = await attemptRestore(bytesOf('{"format":"budget-export","version":3}\n'))
    expect(wrong).toMatchObject({ kind: 'wrong-format' })
    expect(wrong?.message).toMatch(
      /different kind of data \(“budget-export”\), not a Racepoint backup/
    )

    const csv = await attemptRestore(bytesOf('name,pain\nZoë,4\n'))
    expect(csv).toMatchObject({ kind: 'not-a-backup' })
    expect(csv?.message).toMatch(/^This file is not a Racepoint backup/)

    expect((await attemptRestore(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 10, 0])))?.kind).toBe(
      'not-a-backup'
    )
    expect((await attemptRestore(new Uint8Array()))?.kind).toBe('empty')
  })

  it('is refused when a newer Racepoint made it', async () => {
    const { good, attemptRestore } = await setup()
    const content = text(good)
    const newerSchema = await attemptRestore(
      replaceFirst(
        content,
        `"schemaVersion":${LATEST_VERSION}`,
        `"schemaVersion":${LATEST_VERSION + 1}`
      )
    )
    expect(newerSchema?.kind).toBe('newer-version')
    expect(newerSchema?.message).toContain(
      `made by a newer version of Racepoint (data version ${LATEST_VERSION + 1};`
    )

    const newerFormat = await attemptRestore(
      replaceFirst(content, '"formatVersion":1', '"formatVersion":2')
    )
    expect(newerFormat?.message).toMatch(/newer version of Racepoint \(backup format 2\)/)
  })

  it('is refused when a row breaks the schema, naming the record and the field', async () => {
    const { rows, attemptRestore } = await setup()
    const [first, ...rest] = rows.sessions
    const broken = {
      ...rows,
      sessions: [rest[0]!, { ...first!, painBefore: 11 }, ...rest.slice(1)]
    }
    const problem = await attemptRestore(await fileFrom(broken))
    expect(problem?.kind).toBe('invalid-row')
    expect(problem?.message).toBe(
      `This backup holds a session that Racepoint cannot accept (id ${first!.id}, painBefore: Pain runs from 0 to 10). Nothing has been changed.`
    )
  })

  it('is refused when its contents no longer match the checksum', async () => {
    const { good, attemptRestore } = await setup()
    const problem = await attemptRestore(replaceFirst(text(good), '"Zoë"', '"Zoe"'))
    expect(problem?.kind).toBe('checksum-mismatch')
    expect(problem?.message).toMatch(/changed or damaged since it was made: its checksum/)
  })

  it('is refused when rows are missing, unreadable or do not fit together', async () => {
    const { good, rows, attemptRestore } = await setup()
    const content = text(good)
    const counts = await attemptRestore(
      replaceFirst(
        content,
        `"patients":${rows.patients.length}`,
        `"patients":${rows.patients.length + 1}`
      )
    )
    expect(counts?.kind).toBe('count-mismatch')
    expect(counts?.message).toMatch(
      new RegExp(`lists ${rows.patients.length + 1} patients but holds ${rows.patients.length}`)
    )

    const lines = content.split('\n')
    lines[5] = lines[5]!.replace('{', '{{')
    const damaged = await attemptRestore(bytesOf(lines.join('\n')))
    expect(damaged?.kind).toBe('damaged')
    expect(damaged?.message).toMatch(/damaged and cannot be read \(line 6: a row cannot be read\)/)

    const orphan = await attemptRestore(
      await fileFrom({ ...rows, patients: rows.patients.slice(1) })
    )
    expect(orphan?.kind).toBe('inconsistent')
    expect(orphan?.message).toMatch(/belongs to a patient who is not in the backup/)

    const twice = await attemptRestore(
      await fileFrom({ ...rows, races: [rows.races[0]!, ...rows.races] })
    )
    expect(twice?.message).toMatch(/two races records share the id/)
  })
})

describe('the audit trail in a backup', () => {
  it('is refused, changing nothing, when an entry was altered or removed', async () => {
    const { rows, attemptRestore } = await setup()
    let prev = CHAIN_START
    const audit = [1, 2, 3].map((seq) => {
      const entry = sealEntry(
        {
          seq,
          at: BACKUP_NOW.toISOString(),
          therapistId: 't-1',
          therapistName: 'Maya Chen',
          action: 'patient-viewed',
          patientId: 'p-1',
          recordId: null,
          detail: ''
        },
        prev
      )
      prev = entry.hash
      return entry
    })
    const intact = await readBackup(await fileFrom({ ...rows, audit }))
    expect(intact.ok).toBe(true)
    const altered = await attemptRestore(
      await fileFrom({ ...rows, audit: [audit[0]!, { ...audit[1]!, patientId: 'p-2' }, audit[2]!] })
    )
    expect(altered?.message).toMatch(/audit trail has been tampered with \(entry 2 was altered\)/)
    const removed = await attemptRestore(await fileFrom({ ...rows, audit: [audit[0]!, audit[2]!] }))
    expect(removed?.message).toMatch(/entry 2 was removed or reordered/)
  })
})

describe('a draft left behind by an older Racepoint', () => {
  it('is left out of the restore with a note, and every record is restored', async () => {
    const { clinic, rows } = await setup()
    const orphan = {
      id: 'new:gone-patient',
      patientId: 'gone-patient',
      sessionId: null,
      data: { format: 1 },
      updatedAt: BACKUP_NOW.toISOString()
    }
    const bytes = await fileFrom({ ...rows, drafts: [...rows.drafts, orphan] })
    const result = await readBackup(bytes)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.leftOut).toEqual([
      'One unsaved session draft whose patient or session is not in the backup: it holds only unsaved typing and is not restored.'
    ])
    expect(result.value.rows.drafts).toEqual(rows.drafts)
    await clinic.repos.backup.replaceAll(result.value.rows)
    expect(await clinic.db.patients.count()).toBe(rows.patients.length)
    expect(await clinic.db.sessions.count()).toBe(rows.sessions.length)
    expect(await clinic.db.drafts.get('new:gone-patient')).toBeUndefined()
  })
})

describe('replacing the clinic', () => {
  it('is all or nothing: a write that fails half-way leaves the old data in place', async () => {
    const { clinic, rows } = await setup()
    const before = await dumpTables(clinic.db)
    const sessions = [...rows.sessions, rows.sessions[0]!]
    const result = await clinic.repos.backup.replaceAll({ ...rows, sessions })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error.message).toMatch(
      /could not write the restored data, so it undid the restore and nothing has been changed/
    )
    expect(await dumpTables(clinic.db)).toEqual(before)
  })

  it('reports progress as old rows and marks are cleared and new ones written', async () => {
    const { clinic, rows } = await setup()
    const seen: [number, number][] = []
    const existing =
      Object.values(await clinic.repos.backup.counts()).reduce((a, b) => a + b, 0) +
      (await clinic.db.marks.count())
    const result = await clinic.repos.backup.replaceAll(rows, (done, total) =>
      seen.push([done, total])
    )
    // Today's marks are rebuilt from the sessions as part of the same count.
    const marks = await clinic.db.marks.count()
    expect(marks).toBeGreaterThan(0)
    const incoming = Object.values(rows).reduce((sum, list) => sum + list.length, 0) + marks
    expect(result.ok).toBe(true)
    expect(seen[0]).toEqual([0, existing + incoming])
    expect(seen.at(-1)).toEqual([existing + incoming, existing + incoming])
    const done = seen.map(([d]) => d)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(seen.length).toBeGreaterThan(2)
  })
})
