import { afterEach, describe, expect, it } from 'vitest'
import { clinicKeys, newDataKey } from '../../../src/shared/crypto/clinicKey'
import { RECOVERY_ID, type Credential } from '../../../src/shared/domain/auth/credential'
import {
  normaliseRecoveryCode,
  openSecret,
  protectSecret
} from '../../../src/shared/domain/auth/hash'
import { generateDemoClinic } from '../../../src/shared/demo/demoClinic'
import { DB_NAME, RacepointDB, SEALED_DB_NAME } from '../../../src/renderer/src/db/database'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { Vault } from '../../../src/renderer/src/db/sealing/vault'
import { clinicDatabase } from '../../../src/renderer/src/db/sealing/clinicStore'
import {
  buildBackup,
  checkBackup,
  restoreBackup,
  unlockBackup,
  type BackupDeps,
  type CheckedBackup
} from '../../../src/renderer/src/features/backup/operations'
import type { SealedFile } from '../../../src/renderer/src/features/backup/model/file/sealedFile'
import { buildPatientInput } from '../../factories'
import { dumpTables } from '../backup/backupFixtures'

const NOW = new Date('2026-03-16T09:00:00Z')
const MARKER = 'Quorvath-Marker'
const PASSPHRASE = 'correct horse battery'
const CODE = 'K7QP-2MXD-9RTA-W4HC-ZB3N'
// Fewer iterations than the app's: the same derivation, quick enough for a test.
const ITERATIONS = 100_000
let counter = 0

type Clinic = Awaited<ReturnType<typeof sealedClinic>>

function depsOf(db: RacepointDB) {
  const repos = createRepositories(db, () => NOW)
  const recorded: string[] = []
  const deps: BackupDeps = {
    backup: repos.backup,
    now: () => NOW,
    record: async (note) => {
      recorded.push(note.action)
      return repos.audit.record(note)
    }
  }
  return { repos, deps, recorded }
}

async function keyCopies(raw: Uint8Array, therapistId: string): Promise<Credential[]> {
  const row = (id: string, p: Awaited<ReturnType<typeof protectSecret>>): Credential => ({
    id,
    ...p,
    failures: 0,
    lastFailureAt: null,
    updatedAt: NOW.toISOString()
  })
  return [
    row(therapistId, await protectSecret(PASSPHRASE, raw, therapistId, ITERATIONS)),
    row(RECOVERY_ID, await protectSecret(normaliseRecoveryCode(CODE), raw, RECOVERY_ID, ITERATIONS))
  ]
}

/** The demo clinic, sealed, its key open, with a marker patient and scheme-2 sign-ins. */
async function sealedClinic(raw = newDataKey(), { isEmpty = false } = {}) {
  const vault = new Vault(true)
  vault.open(raw)
  const db = new RacepointDB(`${SEALED_DB_NAME}-backup-${++counter}`, { vault })
  const ctx = depsOf(db)
  const demo = generateDemoClinic(NOW)
  const therapist = demo.settings.therapists[0]!
  if (!isEmpty) {
    const loaded = await ctx.repos.clinic.loadDemo(demo, await keyCopies(raw, therapist.id))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const patient = await ctx.repos.patients.create(
      buildPatientInput({ firstName: MARKER, lastName: 'Zed', notes: `${MARKER} history` })
    )
    if (!patient.ok) throw new Error(patient.error.message)
  }
  return { db, raw, therapist, ...ctx }
}

async function sealedBackupOf(clinic: Clinic): Promise<Uint8Array<ArrayBuffer>> {
  const built = await buildBackup(clinic.deps)
  if (!built.ok) throw new Error(built.error)
  expect(built.value.isSealed).toBe(true)
  return new Uint8Array(await built.value.blob.arrayBuffer())
}

function newComputer() {
  const db = new RacepointDB(DB_NAME, { vault: new Vault(false) })
  return { db, ...depsOf(db) }
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '')
}

afterEach(async () => {
  for (const name of [DB_NAME, SEALED_DB_NAME]) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name)
      request.onsuccess = () => resolve()
      request.onerror = () => resolve()
    })
  }
})

const checked = (result: Awaited<ReturnType<typeof checkBackup>>): CheckedBackup => {
  if (!result.ok) throw new Error(result.error.message)
  if (result.value.step !== 'checked') throw new Error('the backup asked for a secret')
  return result.value.backup
}

const needsSecret = (result: Awaited<ReturnType<typeof checkBackup>>): SealedFile => {
  if (!result.ok || result.value.step !== 'needs-secret') throw new Error('expected a secret')
  return result.value.file
}

describe('backups of a sealed clinic', () => {
  it('are sealed: no patient’s name or note in the file, in UTF-8 or UTF-16', async () => {
    const clinic = await sealedClinic()
    const bytes = await sealedBackupOf(clinic)
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'latin1'])
      expect(new TextDecoder(encoding).decode(bytes)).not.toContain(MARKER)
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10))))
    expect(header).toMatchObject({
      formatVersion: 2,
      keyId: clinicKeys(clinic.raw).id,
      therapists: [{ id: clinic.therapist.id, name: clinic.therapist.name }]
    })
    expect(header.credentials.map((c: { id: string }) => c.id).sort()).toEqual(
      [clinic.therapist.id, RECOVERY_ID].sort()
    )
  })

  it('restore into the same clinic with its open key, every row as it was', async () => {
    const clinic = await sealedClinic()
    const original = await dumpTables(clinic.db)
    const bytes = await sealedBackupOf(clinic)
    const target = await sealedClinic(clinic.raw, { isEmpty: true })
    const backup = checked(await checkBackup(target.deps, bytes))
    expect(backup.sealed?.header.keyId).toBe(clinicKeys(clinic.raw).id)
    const restored = await restoreBackup(target.deps, backup)
    expect(restored.ok).toBe(true)
    const after = await dumpTables(target.db)
    expect(after['patients']).toEqual(original['patients'])
    expect(after['sessions']).toEqual(original['sessions'])
    expect(after['audit']!.slice(0, original['audit']!.length)).toEqual(original['audit'])
    expect(target.recorded).toEqual(['restored'])
    // Each patient is written once, ranked by name as it goes in, and Today's marks with them.
    const byName = async (c: Clinic) =>
      (await c.repos.patients.list({ sort: 'name', limit: 1000 })).map((p) => p.id)
    expect(await byName(target)).toEqual(await byName(clinic))
    expect((await byName(target)).length).toBeGreaterThan(10)
    expect(await target.db.marks.toArray()).toEqual(await clinic.db.marks.toArray())
  })

  it('refuse a backup from another clinic, changing nothing', async () => {
    const clinic = await sealedClinic()
    const bytes = await sealedBackupOf(clinic)
    const other = await sealedClinic()
    const before = await dumpTables(other.db)
    const result = await checkBackup(other.deps, bytes)
    expect(!result.ok && result.error.kind).toBe('other-clinic')
    expect(!result.ok && result.error.message).toMatch(/^This backup belongs to another clinic/)
    expect(await dumpTables(other.db)).toEqual(before)
  })

  it('refuse a damaged or cut-short backup, each with its own message', async () => {
    const clinic = await sealedClinic()
    const bytes = await sealedBackupOf(clinic)
    const damaged = bytes.slice()
    damaged[damaged.length - 40] = damaged[damaged.length - 40]! ^ 0x80
    const bad = await checkBackup(clinic.deps, damaged)
    expect(!bad.ok && bad.error.message).toMatch(/damaged or has been changed/)
    const cut = await checkBackup(clinic.deps, bytes.slice(0, bytes.length - 100))
    expect(!cut.ok && cut.error.kind).toBe('truncated')
  })

  it('ask to sign in first when the clinic is locked', async () => {
    const clinic = await sealedClinic()
    const bytes = await sealedBackupOf(clinic)
    clinic.db.vault.close()
    const result = await checkBackup(clinic.deps, bytes)
    expect(!result.ok && result.error.kind).toBe('locked')
  })
})

describe('restoring a sealed backup on a new computer', () => {
  it('asks for a passphrase, refuses a wrong one, and makes a sealed clinic of the backup', async () => {
    const clinic = await sealedClinic()
    const original = await dumpTables(clinic.db)
    const bytes = await sealedBackupOf(clinic)

    const target = newComputer()
    await target.db.open()
    const file = needsSecret(await checkBackup(target.deps, bytes))
    expect(file.header.therapists).toEqual([
      { id: clinic.therapist.id, name: clinic.therapist.name }
    ])

    const wrong = await unlockBackup(file, clinic.therapist.id, 'not the passphrase')
    expect(!wrong.ok && wrong.error).toEqual({
      kind: 'wrong-secret',
      message: expect.stringMatching(/^That passphrase does not open this backup/)
    })
    expect(await databaseNames()).not.toContain(SEALED_DB_NAME)

    const opened = await unlockBackup(file, clinic.therapist.id, PASSPHRASE)
    if (!opened.ok) throw new Error(opened.error.message)
    const progress: number[] = []
    const restored = await restoreBackup(target.deps, opened.value, (p) => progress.push(p.done))
    if (!restored.ok) throw new Error(restored.error)
    expect(restored.value.isNewlySealed).toBe(true)
    expect(restored.value.counts.patients).toBe(original['patients']!.length)
    expect(progress.length).toBeGreaterThan(1)

    // The next start opens the sealed clinic and removes the plain database; the sealed one
    // opens with the key the passphrase unwraps.
    expect(await databaseNames()).toContain(SEALED_DB_NAME)
    target.db.close()
    const started = await clinicDatabase()
    expect(started.removedPlain).toBe(true)
    expect(await databaseNames()).not.toContain(DB_NAME)
    const sealed = started.db
    const vault = sealed.vault
    const credential = await sealed.credentials.get(clinic.therapist.id)
    const signIn = await openSecret(PASSPHRASE, credential!, clinic.therapist.id)
    if (!signIn.matches || !signIn.dataKey) throw new Error('the passphrase did not sign in')
    vault.open(signIn.dataKey)
    const after = await dumpTables(sealed)
    expect(after['patients']).toEqual(original['patients'])
    expect(after['sessions']).toEqual(original['sessions'])
    expect(after['settings']).toEqual(original['settings'])
    expect(after['audit']!.at(-1)).toMatchObject({
      action: 'restored',
      therapistId: clinic.therapist.id
    })
    const found = await createRepositories(sealed, () => NOW).patients.search(MARKER.slice(0, 5))
    expect(found.map((p) => p.firstName)).toEqual([MARKER])
    sealed.close()
  })

  it('opens with the clinic’s recovery code as typed, in any case', async () => {
    const clinic = await sealedClinic()
    const file = needsSecret(await checkBackup(newComputer().deps, await sealedBackupOf(clinic)))
    const opened = await unlockBackup(file, RECOVERY_ID, normaliseRecoveryCode(CODE.toLowerCase()))
    expect(opened.ok && opened.value.sealed?.openedBy).toBeNull()
    const wrong = await unlockBackup(file, RECOVERY_ID, normaliseRecoveryCode('AAAA-BBBB-CCCC'))
    expect(!wrong.ok && wrong.error.message).toMatch(/^That recovery code does not open/)
  })
})

describe('older plain backups', () => {
  it('still restore into a sealed clinic, which keeps the sign-ins holding its key', async () => {
    const plainVault = new Vault(false)
    const plain = new RacepointDB(`racepoint-plain-${++counter}`, { vault: plainVault })
    const source = depsOf(plain)
    const loaded = await source.repos.clinic.loadDemo(generateDemoClinic(NOW))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const built = await buildBackup(source.deps)
    if (!built.ok) throw new Error(built.error)
    expect(built.value.isSealed).toBe(false)
    const bytes = new Uint8Array(await built.value.blob.arrayBuffer())

    const target = await sealedClinic(newDataKey(), { isEmpty: true })
    await target.db.credentials.bulkPut(await keyCopies(target.raw, target.therapist.id))
    const credentials = await target.db.credentials.toArray()
    const backup = checked(await checkBackup(target.deps, bytes))
    expect(backup.sealed).toBeNull()
    const restored = await restoreBackup(target.deps, backup)
    expect(restored.ok).toBe(true)
    expect(await target.db.patients.count()).toBe(await plain.patients.count())
    expect(await target.db.credentials.toArray()).toEqual(credentials)
  })
})
