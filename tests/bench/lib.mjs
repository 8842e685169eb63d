// Helpers shared by benchmark suites.

/**
 * An init script that records, as window.__painted, the page time (ms since navigation start)
 * of the first frame after `selector` matches `count` elements (at least one when omitted).
 */
export function paintWatcher(selector, count = 1) {
  return `(() => {
    const done = (t) => { window.__painted = t }
    const check = () => document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}
    const start = () => {
      if (check()) { requestAnimationFrame(() => done(performance.now())); return }
      const observer = new MutationObserver(() => {
        if (check()) { observer.disconnect(); requestAnimationFrame(() => done(performance.now())) }
      })
      observer.observe(document, { childList: true, subtree: true, attributes: true })
    }
    start()
  })()`
}

/**
 * In an open page: runs `action` (a string of JS) and resolves with the ms until the first
 * frame after `selector` matches `count` elements.
 */
export async function timeToPaint(page, action, selector, count = 1) {
  return page.evaluate(
    ({ action, selector, count }) =>
      new Promise((resolve) => {
        const t0 = performance.now()
        const check = () => document.querySelectorAll(selector).length >= count
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - t0))
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect()
            finish()
          }
        })
        observer.observe(document, { childList: true, subtree: true, attributes: true })
        new Function(action)()
        if (check()) {
          observer.disconnect()
          finish()
        }
      }),
    { action, selector, count }
  )
}

export async function repeat(runs, fn) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await fn(i))
  return samples
}

/**
 * The raw IndexedDB floor for opening a patient, in an open page of the app's origin: the
 * patient row and all their sessions through the [patientId+date] index, in one transaction.
 * Resolves with the ms taken; rejects when the session count is not `expected`.
 */
export function rawPatientRead(page, patientId, expected) {
  return page.evaluate(
    async ({ id, expected }) => {
      // The sealed clinic's own storage bucket (db/sealing/clinicStore.ts).
      const factory = navigator.storageBuckets
        ? (await navigator.storageBuckets.open('racepoint-sealed')).indexedDB
        : indexedDB
      return new Promise((resolve, reject) => {
        const t0 = performance.now()
        const open = factory.open('racepoint-sealed')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['patients', 'sessions'], 'readonly')
          tx.objectStore('patients').get(id)
          const req = tx
            .objectStore('sessions')
            .index('[patientId+date]')
            .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']))
          req.onsuccess = () => {
            db.close()
            if (req.result.length !== expected)
              reject(new Error(`read ${req.result.length} sessions`))
            else resolve(performance.now() - t0)
          }
          req.onerror = () => reject(req.error)
        }
      })
    },
    { id: patientId, expected }
  )
}
