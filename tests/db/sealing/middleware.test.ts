import { describe, expect, it } from 'vitest'
import { newDataKey } from '../../../src/shared/crypto/clinicKey'
import { RacepointDB, SEALED_DB_NAME } from '../../../src/renderer/src/db/database'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { SEALED_FIELD } from '../../../src/renderer/src/db/sealing/fields'
import { Vault, LockedError } from '../../../src/renderer/src/db/sealing/vault'
import { buildPatientInput, buildRaceInput, buildSessionInput } from '../../factories'

let counter = 0
const MARKER = 'Quillfeather'

function sealedDb(key = newDataKey()) {
  const vault = new Vault(true)
  vault.open(key)
  const db = new RacepointDB(`${SEALED_DB_NAME}-test-${++counter}`, { vault })
  const now = new Date('2026-03-16T09:00:00Z')
  const repos = createRepositories(
    db,
    () => now,
    () => ({ id: 't1', name: 'Maya Chen' })
  )
  return { db, vault, repos, key }
}

/** Every stored value of a table as IndexedDB holds it, below the sealing. */
async function rawRows(db: RacepointDB, table: string): Promise<unknown[]> {
  const idb = db.backendDB()
  return new Promise((resolve, reject) => {
    const req = idb.transaction(table).objectStore(table).getAll()
    req.onsuccess = () => resolve(req.result as unknown[])
    req.onerror = () => reject(req.error)
  })
}

async function rawIndexKeys(db: RacepointDB, table: string, index: string): Promise<unknown[]> {
  const idb = db.backendDB()
  return new Promise((resolve, reject) => {
    const req = idb.transaction(table).objectStore(table).index(index).getAllKeys()
    const keys: unknown[] = []
    const cursorReq = idb.transaction(table).objectStore(table).index(index).openKeyCursor()
    cursorReq.onsuccess = () => {
      const c = cursorReq.result
      if (!c) return resolve(keys)
      keys.push(c.key)
      c.continue()
    }
    cursorReq.onerror = () => reject(cursorReq.error)
    void req
  })
}

const mentions = (value: unknown, text: string): boolean =>
  JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v
  ).includes(text)

async function fillClinic(repos: ReturnType<typeof createRepositories>) {
  const patient = await repos.patients.create(
    buildPatientInput({ firstName: MARKER, lastName: `Zed${MARKER}` })
  )
  if (!patient.ok) throw new Error(patient.error.message)
  const race = await repos.races.create(
    patient.value.id,
    buildRaceInput({ name: `${MARKER} Marathon`, notes: `${MARKER} course` })
  )
  if (!race.ok) throw new Error(race.error.message)
  const session = await repos.sessions.create(
    patient.value.id,
    buildSessionInput({ diagnosis: `${MARKER} tendinopathy`, notes: `${MARKER} notes` })
  )
  if (!session.ok) throw new Error(session.error.message)
  return { patient: patient.value, race: race.value, session: session.value }
}

describe('sealing middleware', () => {
  it('reads back every table as written while nothing readable reaches IndexedDB', async () => {
    const { db, repos } = sealedDb()
    const { patient, race, session } = await fillClinic(repos)
    // The session moved the patient's last-seen date on; all else is as created.
    expect(await repos.patients.get(patient.id)).toMatchObject({
      ...patient,
      recentAt: session.date,
      lastSessionAt: session.date,
      updatedAt: expect.any(String)
    })
    expect(await repos.races.get(race.id)).toEqual(race)
    expect(await repos.sessions.get(session.id)).toEqual(session)
    for (const table of ['patients', 'races', 'sessions', 'audit', 'marks', 'settings', 'drafts'])
      expect(mentions(await rawRows(db, table), MARKER)).toBe(false)
    expect(
      mentions(await rawIndexKeys(db, 'patients', 'searchTerms'), MARKER.toLowerCase().slice(0, 4))
    ).toBe(false)
    // Ids and dates stay clear, so the indexes still answer.
    const [stored] = (await rawRows(db, 'sessions')) as Record<string, unknown>[]
    expect(stored).toMatchObject({ id: session.id, patientId: patient.id, date: session.date })
    // Today's marks hold clear fields alone (ids and the date), so they are stored as they are.
    expect(await rawRows(db, 'marks')).toEqual([
      { id: session.id, patientId: patient.id, followUpAt: session.date }
    ])
    expect(await db.marks.toArray()).toEqual(await rawRows(db, 'marks'))
  })

  it('seals a trail entry’s detail, and stores an entry without one as its clear fields', async () => {
    const { db, repos } = sealedDb()
    const viewed = await repos.audit.record({ action: 'patient-viewed', patientId: 'p1' })
    const exported = await repos.audit.record({ action: 'csv-exported', detail: `${MARKER} list` })
    const raw = (await rawRows(db, 'audit')) as Record<string, unknown>[]
    const storedViewed = raw.find((r) => r['seq'] === viewed.seq)!
    const storedExported = raw.find((r) => r['seq'] === exported.seq)!
    // Nothing to hide: who, when, what and which record are clear fields anyway.
    expect(storedViewed).toEqual(viewed)
    expect(storedViewed[SEALED_FIELD]).toBeUndefined()
    expect(ArrayBuffer.isView(storedExported[SEALED_FIELD])).toBe(true)
    expect(storedExported['detail']).toBeUndefined()
    expect(mentions(storedExported, MARKER)).toBe(false)
    expect(await repos.audit.all()).toEqual([viewed, exported])
    expect(await repos.audit.verify()).toEqual({ ok: true, count: 2 })
  })

  it('finds patients by any prefix of any name word, one indexed look-up per word', async () => {
    const { repos } = sealedDb()
    await fillClinic(repos)
    await repos.patients.create(buildPatientInput({ firstName: 'Zoë', lastName: 'Martin' }))
    await repos.patients.create(buildPatientInput({ firstName: 'Marta', lastName: 'Zubiri' }))
    const names = async (q: string) =>
      (await repos.patients.search(q)).map((p) => `${p.firstName} ${p.lastName}`).sort()
    expect(await names('zo')).toEqual(['Zoë Martin'])
    expect(await names('mar')).toEqual(['Marta Zubiri', 'Zoë Martin'])
    expect(await names('zo mar')).toEqual(['Zoë Martin'])
    expect(await names('quill')).toEqual([`${MARKER} Zed${MARKER}`])
    expect(await names('xyz')).toEqual([])
  })

  it('lists patients in name order from ranks that reveal no names', async () => {
    const { db, repos } = sealedDb()
    const names = ['Okafor', 'Brown', 'Zimmer', 'Adams', 'Moreau', 'Chen', 'Baker', 'Young']
    for (const lastName of names) await repos.patients.create(buildPatientInput({ lastName }))
    // Added in order too, which once ran out of room between ranks.
    for (let i = 0; i < 80; i++)
      await repos.patients.create(
        buildPatientInput({ lastName: `Zz${String(i).padStart(3, '0')}` })
      )
    const listed = (await repos.patients.list({ sort: 'name', limit: 500 })).map((p) => p.lastName)
    const expected = [
      ...names,
      ...Array.from({ length: 80 }, (_, i) => `Zz${String(i).padStart(3, '0')}`)
    ]
    expect(listed).toEqual(
      [...expected].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
    )
    const stored = (await rawRows(db, 'patients')) as Record<string, unknown>[]
    expect(stored.every((row) => typeof row['sortName'] === 'number')).toBe(true)
  })

  it('keeps a renamed patient in name order', async () => {
    const { repos } = sealedDb()
    for (const lastName of ['Adams', 'Chen', 'Moreau'])
      await repos.patients.create(buildPatientInput({ lastName }))
    const [adams] = await repos.patients.search('adams')
    const renamed = await repos.patients.update(adams!.id, buildPatientInput({ lastName: 'Young' }))
    expect(renamed.ok).toBe(true)
    expect((await repos.patients.list({ sort: 'name' })).map((p) => p.lastName)).toEqual([
      'Chen',
      'Moreau',
      'Young'
    ])
  })

  it('reads and writes nothing while locked, and then opens again with the key', async () => {
    const { db, vault, repos, key } = sealedDb()
    const { patient } = await fillClinic(repos)
    expect((await repos.patients.get(patient.id))?.firstName).toBe(MARKER)
    vault.close()
    await expect(repos.patients.get(patient.id)).rejects.toBeInstanceOf(LockedError)
    await expect(repos.patients.search('quill')).rejects.toBeInstanceOf(LockedError)
    const refused = await repos.patients.create(buildPatientInput())
    expect(refused.ok).toBe(false)
    vault.open(key)
    expect((await repos.patients.get(patient.id))?.firstName).toBe(MARKER)
    void db
  })

  it('reads a row again as its own copy, and as it now stands after a change', async () => {
    const { db, repos } = sealedDb()
    const { patient } = await fillClinic(repos)
    const first = await db.patients.get(patient.id)
    first!.firstName = 'Changed in memory'
    const second = await db.patients.get(patient.id)
    expect(second?.firstName).toBe(MARKER)
    expect(second).not.toBe(first)
    const renamed = await repos.patients.update(patient.id, {
      ...buildPatientInput({ firstName: 'Renamed', lastName: `Zed${MARKER}` })
    })
    expect(renamed.ok).toBe(true)
    expect((await db.patients.get(patient.id))?.firstName).toBe('Renamed')
  })

  it('refuses a row whose sealed value changed on disk, even one opened just before', async () => {
    const { db, repos } = sealedDb()
    const { patient } = await fillClinic(repos)
    expect((await db.patients.get(patient.id))?.firstName).toBe(MARKER)
    const idb = db.backendDB()
    const rows = (await rawRows(db, 'patients')) as Record<string, unknown>[]
    const stored = rows.find((r) => r['id'] === patient.id)!
    const field = SEALED_FIELD
    const damaged = new Uint8Array(stored[field] as Uint8Array)
    damaged[damaged.length - 20]! ^= 1
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('patients', 'readwrite')
      tx.objectStore('patients').put({ ...stored, [field]: damaged })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    await expect(db.patients.get(patient.id)).rejects.toThrow(/cannot be opened/)
  })

  it('refuses to open rows with another clinic’s key', async () => {
    const { db, vault, repos } = sealedDb()
    const { patient } = await fillClinic(repos)
    vault.close()
    vault.open(newDataKey())
    await expect(db.patients.get(patient.id)).rejects.toThrow(/cannot be opened/)
  })

  it('refuses a sealed row moved onto another row', async () => {
    const { db, repos } = sealedDb()
    const { patient } = await fillClinic(repos)
    const other = await repos.patients.create(buildPatientInput({ firstName: 'Other' }))
    if (!other.ok) throw new Error('create')
    const idb = db.backendDB()
    const rows = (await rawRows(db, 'patients')) as Record<string, unknown>[]
    const source = rows.find((r) => r['id'] === patient.id)!
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('patients', 'readwrite')
      tx.objectStore('patients').put({ ...source, id: other.value.id })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    await expect(db.patients.get(other.value.id)).rejects.toThrow(/cannot be opened/)
  })
})
