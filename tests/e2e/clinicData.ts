import type { Page } from '@playwright/test'

/**
 * Reads and writes the app's IndexedDB directly, beside the app: to know what the screen
 * should show without asking the code under test, and to set up rows the UI cannot create
 * on this screen. Writes only show after a reload (they bypass the app's change tracking).
 */
export async function readRows<T>(
  page: Page,
  store: string,
  query: { index: string; from: unknown; to: unknown } | null = null
): Promise<T[]> {
  return page.evaluate(
    ({ store, query }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('racepoint')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const source = db.transaction(store, 'readonly').objectStore(store)
          const request = query
            ? source.index(query.index).getAll(IDBKeyRange.bound(query.from, query.to))
            : source.getAll()
          request.onsuccess = () => {
            db.close()
            resolve(request.result as T[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    { store, query }
  )
}

export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('racepoint')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(store, 'readwrite')
          for (const row of rows) tx.objectStore(store).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { store, rows }
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
