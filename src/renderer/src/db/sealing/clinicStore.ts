import type { Table } from 'dexie'
import type { Credential } from '@shared/domain/auth/credential'
import { DB_NAME, RacepointDB, SEALED_DB_NAME } from '../database'
import { writeInChunks } from '../writeChunks'
import { rankAllByName, ranksFromPlainIndex, withRank } from './nameOrder'
import { Vault } from './vault'

type Options = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }

/**
 * The sealed clinic lives in its own storage bucket where the browser has them (Chromium,
 * and so Electron): a store with its own files, apart from the origin's default store that a
 * clinic from before sealing used, so that old store's files can be removed whole
 * (main/plainStore.ts). Elsewhere it shares the default store.
 */
const SEALED_BUCKET = 'racepoint-sealed'
type StorageBuckets = {
  open: (
    name: string,
    options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean }
  ) => Promise<{ indexedDB: IDBFactory }>
}

async function bucketFactory(): Promise<IDBFactory | null> {
  const buckets = (globalThis.navigator as { storageBuckets?: StorageBuckets } | undefined)
    ?.storageBuckets
  if (!buckets) return null
  try {
    return (await buckets.open(SEALED_BUCKET, { durability: 'strict' })).indexedDB
  } catch {
    return null
  }
}

/** Where a sealed clinic is made: its own bucket where there are buckets. */
export async function sealedFactory(): Promise<IDBFactory> {
  return (await bucketFactory()) ?? indexedDB
}

/** Where a new sealed clinic goes, and where to look for one (its bucket, then the default). */
async function sealedPlaces(options: Options): Promise<IDBFactory[]> {
  const fallback = options.indexedDB ?? indexedDB
  if (options.indexedDB) return [fallback]
  const bucket = await bucketFactory()
  return bucket ? [bucket, fallback] : [fallback]
}

/** A sealed database is whole once its credentials, written last, hold a wrapped key. */
async function isComplete(db: RacepointDB): Promise<boolean> {
  const credentials = await db.credentials.toArray()
  return credentials.some((c) => c.scheme === 2 && typeof c.wrapped === 'string')
}

async function exists(factory: IDBFactory, name: string): Promise<boolean> {
  return (await factory.databases()).some((info) => info.name === name)
}

function deleteNamed(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`Could not remove ${name}`))
    // Another window still has it open: it closes on the versionchange Dexie sends it.
    request.onblocked = () => undefined
  })
}

/**
 * Which database holds the clinic. A sealed one that is whole wins, and the plain one it was
 * sealed from (if a crash left it) is removed; a sealed one left half-written by a crash is
 * removed instead, and the plain one, untouched by sealing, is used as it was.
 */
export async function clinicDatabase(
  options: Options = {}
): Promise<{ db: RacepointDB; removedPlain: boolean }> {
  const factory = options.indexedDB ?? indexedDB
  for (const place of await sealedPlaces(options)) {
    if (!(await exists(place, SEALED_DB_NAME))) continue
    const sealed = new RacepointDB(SEALED_DB_NAME, {
      ...options,
      indexedDB: place,
      vault: new Vault(true)
    })
    try {
      if (await isComplete(sealed)) {
        const hasPlain = await exists(factory, DB_NAME)
        if (hasPlain) await deleteNamed(factory, DB_NAME)
        return { db: sealed, removedPlain: hasPlain }
      }
    } catch {
      // An unreadable half-written copy is treated as not there.
    }
    sealed.close()
    await deleteNamed(place, SEALED_DB_NAME)
  }
  return {
    db: new RacepointDB(DB_NAME, { ...options, vault: new Vault(false) }),
    removedPlain: false
  }
}

export type SealProgress = { done: number; total: number }

/** Every table but the credentials, which come last; the derived ones are copied as they are. */
const COPY_TABLES = [
  'settings',
  'patients',
  'races',
  'sessions',
  'drafts',
  'audit',
  'marks',
  'counts'
] as const
/** Rows read from the plain clinic, and written to the sealed one, per transaction. */
const TRANSACTION_ROWS = 5000

/**
 * Seals a plain clinic: every row is copied, sealed, into a new database, the credentials
 * (holding the wrapped key) last of all. The plain database is left as it was; the next
 * start (lib/restart.ts, at once) finds the sealed one whole and removes it. A crash at any
 * point before the credentials are written leaves the plain clinic whole and in use (see
 * `clinicDatabase`); a new database rather than rewriting rows in place means no plain row
 * is left in the sealed one's files. Patients are written once, with their rank by name
 * taken from the plain clinic's index. Progress is reported after every chunk.
 */
export async function sealClinic(
  plain: RacepointDB,
  rawKey: Uint8Array,
  credentials: readonly Credential[],
  {
    onProgress = () => undefined,
    fill,
    ...options
  }: Options & {
    onProgress?: (p: SealProgress) => void
    /** Rows to add to the sealed clinic before it is whole (the demo, a restore). */
    fill?: (sealed: RacepointDB) => Promise<void>
  } = {}
): Promise<void> {
  const places = await sealedPlaces(options)
  for (const place of places)
    if (await exists(place, SEALED_DB_NAME)) await deleteNamed(place, SEALED_DB_NAME)
  const factory = places[0]!
  const sealed = new RacepointDB(SEALED_DB_NAME, {
    ...options,
    indexedDB: factory,
    vault: new Vault(true)
  })
  sealed.vault.open(rawKey)
  try {
    await sealed.open()
    const counts = await Promise.all(COPY_TABLES.map((t) => plain.table(t).count()))
    const total = counts.reduce((a, b) => a + b, 0)
    let done = 0
    onProgress({ done, total })
    const ranks = await ranksFromPlainIndex(plain.patients)
    let unranked = false
    for (const name of COPY_TABLES) {
      const source: Table = plain.table(name)
      const target: Table = sealed.table(name)
      const keyPath = source.schema.primKey.keyPath as string
      let after: unknown = undefined
      for (;;) {
        const rows: Record<string, unknown>[] =
          after === undefined
            ? await source.orderBy(':id').limit(TRANSACTION_ROWS).toArray()
            : await source.where(':id').above(after).limit(TRANSACTION_ROWS).toArray()
        if (rows.length === 0) break
        if (name === 'patients') {
          for (const row of rows) {
            const rank = ranks.get(row[keyPath])
            if (rank === undefined) unranked = true
            else withRank(row, rank)
          }
        }
        await sealed.transaction('rw', target, () =>
          writeInChunks(
            rows,
            (chunk) => target.bulkPut(chunk),
            (written) => {
              done += written
              onProgress({ done, total })
            }
          )
        )
        after = rows[rows.length - 1]![keyPath]
        if (rows.length < TRANSACTION_ROWS) break
      }
    }
    // A patient added while sealing ran has no rank from the index: all are ranked again.
    if (unranked)
      await sealed.transaction('rw', sealed.patients, () => rankAllByName(sealed.patients))
    if (fill) await fill(sealed)
    // Last: the credentials with the wrapped key make the sealed clinic whole.
    await sealed.transaction('rw', sealed.credentials, () =>
      sealed.credentials.bulkPut([...credentials])
    )
  } catch (error) {
    sealed.close()
    await deleteNamed(factory, SEALED_DB_NAME).catch(() => undefined)
    throw error
  }
  sealed.close()
}
