import { hashSecret, protectSecret } from '@shared/domain/auth/hash'
import { CHAIN_START, sealEntry, type AuditEntry } from '@shared/domain/audit'
import type { BenchApi } from '../harness'

/**
 * auth.unlock's setup and floor, audit.write and its floor, and the 200,000-entry trail that
 * audit.verify checks.
 */
export function extend(api: BenchApi) {
  return {
    /** Gives the clinic's owner a passphrase, as the protect-clinic form does. */
    async setPassphrase(therapistId: string, passphrase: string): Promise<void> {
      await api.db.credentials.put({
        id: therapistId,
        ...(await protectSecret(passphrase, api.clinicKey, therapistId)),
        failures: 0,
        lastFailureAt: null,
        updatedAt: new Date().toISOString()
      })
    },

    /** The floor of a sign-in: the deliberate PBKDF2 hash alone. */
    async rawHash(passphrase: string): Promise<number> {
      const t0 = performance.now()
      await hashSecret(passphrase)
      return performance.now() - t0
    },

    /** One entry appended the way every change appends it (in its own transaction here). */
    async appendEntry(): Promise<number> {
      const t0 = performance.now()
      await api.repos.audit.record({ action: 'patient-viewed', patientId: 'bench-p' })
      return performance.now() - t0
    },

    /** The floor: one raw strict-durability put of an entry-sized row. */
    async rawPut(): Promise<number> {
      const idb = await api.rawDb()
      const t0 = performance.now()
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('audit', 'readwrite', { durability: 'strict' })
        tx.objectStore('audit').put({
          seq: 9_000_000_000 + Math.floor(Math.random() * 1e6),
          at: new Date().toISOString(),
          therapistId: 'demo-t-1',
          therapistName: 'Maya Chen',
          action: 'patient-viewed',
          patientId: 'bench-p',
          recordId: null,
          detail: '',
          prev: CHAIN_START,
          hash: CHAIN_START
        })
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      return performance.now() - t0
    },

    /** Replaces the trail with `count` chained entries, written in bulk. */
    async seedTrail(count: number): Promise<void> {
      await api.db.audit.clear()
      let prev = CHAIN_START
      const start = Date.now() - count * 1000
      for (let from = 0; from < count; from += 10_000) {
        const batch: AuditEntry[] = []
        for (let i = from; i < Math.min(count, from + 10_000); i++) {
          const entry = sealEntry(
            {
              seq: i + 1,
              at: new Date(start + i * 1000).toISOString(),
              therapistId: i % 2 ? 'demo-t-1' : 'demo-t-2',
              therapistName: i % 2 ? 'Maya Chen' : 'Sam Okafor',
              action: i % 3 ? 'patient-viewed' : 'session-edited',
              patientId: `p-${i % 5000}`,
              recordId: null,
              detail: ''
            },
            prev
          )
          batch.push(entry)
          prev = entry.hash
        }
        await api.db.audit.bulkAdd(batch)
      }
    },

    /** audit.verify: the whole chain checked, with the longest wait between progress reports. */
    async verify(): Promise<{ ms: number; ok: boolean; count: number; longestGap: number }> {
      let last = performance.now()
      let longestGap = 0
      const t0 = last
      const check = await api.repos.audit.verify(() => {
        const now = performance.now()
        longestGap = Math.max(longestGap, now - last)
        last = now
      })
      return { ms: performance.now() - t0, ok: check.ok, count: check.count, longestGap }
    },

    /** The floor: every entry read with raw IndexedDB, in batches of the same size. */
    async rawReadAll(): Promise<number> {
      const idb = await api.rawDb()
      const t0 = performance.now()
      let after: number | null = null
      for (;;) {
        const range: IDBKeyRange | null =
          after === null ? null : IDBKeyRange.lowerBound(after, true)
        const rows = (await api.rawRequest(
          idb.transaction('audit').objectStore('audit').getAll(range, 5000)
        )) as AuditEntry[]
        if (rows.length === 0) break
        after = rows[rows.length - 1]!.seq
      }
      return performance.now() - t0
    }
  }
}
