import type { Page } from '@playwright/test'
import { clinicKeys, type ClinicKeys } from '../../src/shared/crypto/clinicKey'
import { openJson, sealJson } from '../../src/shared/crypto/seal'
import { openSecret } from '../../src/shared/domain/auth/hash'
import { SCHEMA_VERSIONS } from '../../src/renderer/src/db/versions'
import { CLEAR_EXTRA } from '../../src/renderer/src/db/sealing/fields'
import { DEMO_SIGN_INS } from '../../src/shared/demo/signIns'

/**
 * Reads and writes the app's IndexedDB directly, beside the app: to know what the screen
 * should show without asking the code under test, and to set up rows the UI cannot create
 * on this screen. Writes only show after a reload (they bypass the app's change tracking).
 *
 * The clinic's rows are sealed on disk, so these helpers do what a therapist's key does, with
 * the crypto primitives alone: unwrap the clinic's key from a therapist's credential (the
 * demo clinic's owner by default), then open or seal each row. The app's data layer is not
 * used, so what they read is what is on disk.
 */
type Row = Record<string, unknown>
type Raw = Row & { $?: number[] }

const SEALED_DB = 'racepoint-sealed'
const PLAIN_DB = 'racepoint'
const PRIMARY_KEYS: Record<string, string> = { audit: 'seq' }
const UNSEALED = new Set(['credentials', 'counts'])

/** Each table's clear fields: its primary key and every indexed field (db/sealing/fields.ts). */
function clearFields(store: string): Set<string> {
  const fields = new Set<string>(CLEAR_EXTRA[store] ?? [])
  for (const v of SCHEMA_VERSIONS) {
    const spec = v.stores[store]
    if (!spec) continue
    fields.clear()
    for (const f of CLEAR_EXTRA[store] ?? []) fields.add(f)
    for (const part of spec.split(',')) {
      const path = part.trim().replace(/^[*&+]+/, '')
      for (const f of path.replace(/^\[|\]$/g, '').split('+')) fields.add(f.split('.')[0]!)
    }
  }
  return fields
}

/** The sealed clinic is in its own storage bucket (db/sealing/clinicStore.ts). */
async function databaseName(page: Page): Promise<string> {
  const names = await page.evaluate(async () => {
    const buckets = (
      navigator as { storageBuckets?: { open: (n: string) => Promise<{ indexedDB: IDBFactory }> } }
    ).storageBuckets
    const factory = buckets ? (await buckets.open('racepoint-sealed')).indexedDB : indexedDB
    return (await factory.databases()).map((d) => d.name ?? '')
  })
  return names.includes(SEALED_DB) ? SEALED_DB : PLAIN_DB
}

async function rawRows(
  page: Page,
  name: string,
  store: string,
  query: { index: string; from: unknown; to: unknown } | null
): Promise<Raw[]> {
  return page.evaluate(
    async ({ name, store, query }) => {
      const buckets = (
        navigator as {
          storageBuckets?: { open: (n: string) => Promise<{ indexedDB: IDBFactory }> }
        }
      ).storageBuckets
      const factory =
        name === 'racepoint-sealed' && buckets ? (await buckets.open(name)).indexedDB : indexedDB
      return new Promise<Raw[]>((resolve, reject) => {
        const open = factory.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const source = db.transaction(store, 'readonly').objectStore(store)
          const request = query
            ? source.index(query.index).getAll(IDBKeyRange.bound(query.from, query.to))
            : source.getAll()
          request.onsuccess = () => {
            db.close()
            // Sealed values leave the page as plain arrays of bytes.
            resolve(
              (request.result as Row[]).map((row) =>
                row['$'] instanceof Uint8Array ? { ...row, $: [...row['$']] } : row
              )
            )
          }
          request.onerror = () => reject(request.error)
        }
      })
    },
    { name, store, query }
  )
}

const keysByPage = new WeakMap<Page, Promise<ClinicKeys>>()

/** The clinic's keys, unwrapped from a therapist's credential with their passphrase. */
export function clinicKeysOf(
  page: Page,
  who: { therapistId: string; passphrase: string } = DEMO_SIGN_INS[0]
): Promise<ClinicKeys> {
  let keys = keysByPage.get(page)
  if (!keys) {
    keys = (async () => {
      const [credential] = (await rawRows(page, SEALED_DB, 'credentials', null)).filter(
        (c) => c['id'] === who.therapistId
      )
      if (!credential) throw new Error(`No credential for ${who.therapistId}`)
      const opened = await openSecret(
        who.passphrase,
        credential as unknown as Parameters<typeof openSecret>[1],
        who.therapistId
      )
      if (!opened.matches || !opened.dataKey) throw new Error('The passphrase opens no key')
      return clinicKeys(opened.dataKey)
    })()
    keysByPage.set(page, keys)
  }
  return keys
}

export async function readRows<T>(
  page: Page,
  store: string,
  query: { index: string; from: unknown; to: unknown } | null = null
): Promise<T[]> {
  const name = await databaseName(page)
  const rows = await rawRows(page, name, store, query)
  if (name !== SEALED_DB || UNSEALED.has(store)) return rows as T[]
  const keys = await clinicKeysOf(page)
  const keyField = PRIMARY_KEYS[store] ?? 'id'
  const clear = clearFields(store)
  return rows.map((row) => {
    if (!row.$) return row as T
    const opened = openJson(
      keys.rows,
      Uint8Array.from(row.$),
      `${store}:${JSON.stringify(row[keyField])}`
    ) as Row
    for (const field of clear)
      if (field in row && field !== 'searchTerms' && field !== 'sortName')
        opened[field] = row[field]
    return opened as T
  })
}

export async function putRows(page: Page, store: string, rows: Row[]): Promise<void> {
  const name = await databaseName(page)
  let stored: Row[] = rows
  if (name === SEALED_DB && !UNSEALED.has(store)) {
    if (store === 'patients') throw new Error('Patients are written through the app')
    const keys = await clinicKeysOf(page)
    const keyField = PRIMARY_KEYS[store] ?? 'id'
    const clear = clearFields(store)
    stored = rows.map((row) => {
      const out: Row = {
        $: [...sealJson(keys.rows, row, `${store}:${JSON.stringify(row[keyField])}`)]
      }
      for (const field of clear) if (field in row) out[field] = row[field]
      return out
    })
  }
  await page.evaluate(
    async ({ name, store, rows }) => {
      const buckets = (
        navigator as {
          storageBuckets?: { open: (n: string) => Promise<{ indexedDB: IDBFactory }> }
        }
      ).storageBuckets
      const factory =
        name === 'racepoint-sealed' && buckets ? (await buckets.open(name)).indexedDB : indexedDB
      return new Promise<void>((resolve, reject) => {
        const open = factory.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(store, 'readwrite')
          for (const row of rows) {
            const value = Array.isArray(row['$'])
              ? { ...row, $: Uint8Array.from(row['$'] as number[]) }
              : row
            tx.objectStore(store).put(value)
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      })
    },
    { name, store, rows: stored }
  )
}

/** A patient's rows from a store indexed by [patientId+date], oldest first. */
export function patientRows<T>(page: Page, store: 'sessions' | 'races', patientId: string) {
  return readRows<T>(page, store, {
    index: '[patientId+date]',
    from: [patientId, ''],
    to: [patientId, '\uffff']
  })
}

/** Changes some fields of one row, as a key holder would (sealed again). */
export async function patchRow(
  page: Page,
  store: 'sessions' | 'settings',
  key: string,
  patch: Row
): Promise<void> {
  const row = (await readRows<Row>(page, store)).find((r) => r['id'] === key)
  if (!row) throw new Error(`No ${store} row ${key}`)
  await putRows(page, store, [{ ...row, ...patch }])
}
