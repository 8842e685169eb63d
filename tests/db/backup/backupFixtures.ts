import { generateDemoClinic } from '../../../src/shared/demo/demoClinic'
import { type RacepointDB } from '../../../src/renderer/src/db/database'
import { LATEST_VERSION } from '../../../src/renderer/src/db/versions'
import { createBackup } from '../../../src/renderer/src/features/backup/model/file/createBackup'
import { readBackupFile } from '../../../src/renderer/src/features/backup/model/file/reader'
import { buildPatientInput, buildSessionInput } from '../../factories'
import { createTestDb } from '../testDb'
import { BACKUP_TABLES } from '../../../src/renderer/src/db/tables'

export const BACKUP_NOW = new Date('2026-03-16T09:00:00Z')

/** The demo clinic plus records that stress text handling: accents, emoji, quotes, line breaks. */
export async function demoClinicWithHardText() {
  const ctx = createTestDb(BACKUP_NOW)
  const demo = await ctx.repos.clinic.loadDemo(generateDemoClinic(BACKUP_NOW))
  if (!demo.ok) throw new Error(demo.error.message)
  const patient = await ctx.repos.patients.create(
    buildPatientInput({
      firstName: 'Siobhán 🏃‍♀️',
      lastName: 'Ó Briain-Nuñez',
      notes: 'Line one of the history\nLine two, with a comma and “quotes”\n\tTabbed line ✓',
      injuryHistory: 'Ran 3 × "ultra" races; \\ backslash \\ kept'
    })
  )
  if (!patient.ok) throw new Error(patient.error.message)
  const session = await ctx.repos.sessions.create(
    patient.value.id,
    buildSessionInput({
      notes: 'Sore at 24 h.\r\nBetter at 48 h — 😊\nQuote: "fine", she said',
      outcome: 'Ça va mieux; ß, ø, 漢字',
      measures: [
        { measureId: 'knee-to-wall', left: 8.5, right: 11, value: null, activities: [], note: '' }
      ]
    })
  )
  if (!session.ok) throw new Error(session.error.message)
  const recording = await ctx.repos.measures.create(patient.value.id, {
    takenAt: '2026-03-14T19:30',
    values: [
      {
        measureId: 'psfs',
        left: null,
        right: null,
        value: null,
        activities: [{ name: 'Run 10 km, "easy"', score: 4 }],
        note: ''
      },
      { measureId: 'lefs', left: null, right: null, value: 61, activities: [], note: '' }
    ],
    note: 'Returned by email — 📧'
  })
  if (!recording.ok) throw new Error(recording.error.message)
  await ctx.db.drafts.put({
    id: `new:${patient.value.id}`,
    patientId: patient.value.id,
    sessionId: null,
    data: { painBefore: 6, notes: 'Half-typed\nnote 🚧', nested: { list: [1, 'two', null] } },
    updatedAt: BACKUP_NOW.toISOString()
  })
  return ctx
}

/** Every row of every table, in primary-key order. */
export async function dumpTables(db: RacepointDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray()
  return out
}

export async function backupBytes(
  ctx: ReturnType<typeof createTestDb>
): Promise<Uint8Array<ArrayBuffer>> {
  const written = await createBackup(ctx.repos.backup, {
    appVersion: '0.1.0-test',
    schemaVersion: LATEST_VERSION,
    createdAt: BACKUP_NOW
  })
  if (!written.ok) throw new Error(written.error.message)
  return new Uint8Array(await written.value.blob.arrayBuffer())
}

export const readBackup = (bytes: Uint8Array<ArrayBuffer>) =>
  readBackupFile(bytes, { latestSchemaVersion: LATEST_VERSION })

export const text = (bytes: Uint8Array<ArrayBuffer>): string => new TextDecoder().decode(bytes)
export const bytesOf = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value)
