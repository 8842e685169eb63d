/**
 * Benchmark harness page, served on the same origin as the built renderer so it shares the
 * app's IndexedDB. It seeds a synthetic clinic in bulk transactions (not through the UI) and
 * exposes reads for timing, each beside the same read done with raw IndexedDB calls.
 */
import { Dexie } from 'dexie'
import { RacepointDB, SEALED_DB_NAME } from '../../../src/renderer/src/db/database'
import { sealedFactory } from '../../../src/renderer/src/db/sealing/clinicStore'
import { rankAllByName } from '../../../src/renderer/src/db/sealing/nameOrder'
import { Vault } from '../../../src/renderer/src/db/sealing/vault'
import { newDataKey } from '../../../src/shared/crypto/clinicKey'
import { openSecret, protectSecret } from '../../../src/shared/domain/auth/hash'
import { DEMO_SIGN_INS } from '../../../src/shared/demo/signIns'
import { markOf, tallyOf } from '../../../src/renderer/src/db/derived'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { generateDemoClinic } from '../../../src/shared/demo/demoClinic'
import { syntheticClinicBatches, type SyntheticOptions } from './syntheticClinic'

/**
 * The clinic is sealed, as every clinic is: in its own storage bucket, under a key wrapped for
 * the demo owner's passphrase (the bench's pages sign in with it). The harness keeps the key
 * open to seed and to time reads through the repositories.
 */
const OWNER = DEMO_SIGN_INS[0]
const factory = await sealedFactory()
const vault = new Vault(true)
const db = new RacepointDB(SEALED_DB_NAME, { indexedDB: factory, vault })
/** A harness page opened again (a fresh browser) unwraps the seeded clinic's key. */
async function keyOfSeededClinic(): Promise<Uint8Array | null> {
  const exists = (await factory.databases()).some((d) => d.name === SEALED_DB_NAME)
  if (!exists) return null
  const credential = await db.credentials.get(OWNER.therapistId)
  if (!credential) return null
  const opened = await openSecret(OWNER.passphrase, credential, OWNER.therapistId)
  return opened.matches ? opened.dataKey : null
}
const clinicKey = (await keyOfSeededClinic()) ?? newDataKey()
vault.open(clinicKey)
const repos = createRepositories(db, () => new Date())

export type BenchApi = typeof api

function rawOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(SEALED_DB_NAME)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function rawRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

let raw: IDBDatabase | null = null
async function rawDb(): Promise<IDBDatabase> {
  raw ??= await rawOpen()
  return raw
}

const api = {
  db,
  repos,
  Dexie,
  rawDb,
  rawRequest,
  clinicKey,

  /** Closes both connections to the sealed clinic, so it can be replaced or deleted. */
  release(): void {
    raw?.close()
    raw = null
    db.close()
  },

  async reset(): Promise<void> {
    api.release()
    await new Promise<void>((resolve, reject) => {
      const req = factory.deleteDatabase(SEALED_DB_NAME)
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
    })
    await db.open()
  },

  /** Seeds the clinic; reports progress through the page title. */
  async seed(
    options: Omit<SyntheticOptions, 'now'> & { now: string }
  ): Promise<{ patients: number; sessions: number; races: number; ms: number }> {
    const started = performance.now()
    await api.reset()
    const now = new Date(options.now)
    await db.settings.put(generateDemoClinic(now).settings)
    let patients = 0
    let sessions = 0
    let races = 0
    const statuses: { status: 'active' | 'archived' | 'trashed' }[] = []
    for (const batch of syntheticClinicBatches({ ...options, now })) {
      // The derived rows the app keeps in the same transactions (db/derived.ts) go with them.
      await db.transaction('rw', [db.patients, db.races, db.sessions, db.marks], async () => {
        await db.patients.bulkAdd(batch.patients)
        await db.races.bulkAdd(batch.races)
        await db.sessions.bulkAdd(batch.sessions)
        await db.marks.bulkAdd(batch.sessions.flatMap((s) => markOf(s) ?? []))
      })
      for (const p of batch.patients) statuses.push({ status: p.status })
      patients += batch.patients.length
      sessions += batch.sessions.length
      races += batch.races.length
      document.title = `seeded ${patients}/${options.patients}`
    }
    await db.counts.put(tallyOf({ patients: statuses, sessions, races }))
    await db.transaction('rw', db.patients, () => rankAllByName(db.patients))
    // Last, as sealing does: the owner's wrapped key makes the clinic whole.
    await db.credentials.put({
      id: OWNER.therapistId,
      ...(await protectSecret(OWNER.passphrase, clinicKey, OWNER.therapistId)),
      failures: 0,
      lastFailureAt: null,
      updatedAt: new Date().toISOString()
    })
    return { patients, sessions, races, ms: performance.now() - started }
  },

  /** A patient's sessions through the repository (Dexie). */
  async readSessions(patientId: string): Promise<number> {
    return (await repos.sessions.forPatient(patientId)).length
  },

  /** The same read with raw IndexedDB: one getAll on the compound index. */
  async rawReadSessions(patientId: string): Promise<number> {
    const idb = await rawDb()
    const index = idb
      .transaction('sessions', 'readonly')
      .objectStore('sessions')
      .index('[patientId+date]')
    const rows = await rawRequest(
      index.getAll(IDBKeyRange.bound([patientId, ''], [patientId, '\uffff']))
    )
    return rows.length
  }
}

/**
 * Later suites add page-side helpers in ext/*.ts, each exporting `extend(api)` that returns
 * the functions it adds under its own name: window.bench.ext.<file name>.<function>.
 */
const extensionModules = import.meta.glob<{ extend: (api: BenchApi) => Record<string, unknown> }>(
  './ext/*.ts',
  { eager: true }
)
const ext: Record<string, Record<string, unknown>> = {}
for (const [path, mod] of Object.entries(extensionModules)) {
  ext[path.replace(/^\.\/ext\//, '').replace(/\.ts$/, '')] = mod.extend(api)
}
;(window as unknown as { bench: BenchApi & { ext: typeof ext } }).bench = { ...api, ext }
document.getElementById('status')!.textContent = 'ready'
