import type { Session } from '@shared/domain/session'
import type { BenchApi } from '../harness'

/**
 * The floor for session.save: the same session record put with one raw IndexedDB request in
 * a strict-durability transaction (written to disk before it completes), as the app's writes are.
 */
export function extend(api: BenchApi) {
  return {
    async getSession(id: string): Promise<Session | undefined> {
      return api.repos.sessions.get(id)
    },

    /**
     * The repository's create of the same session (validation, the patient's "last seen",
     * the draft cleared, in one strict transaction); resolves with the ms and the new id.
     */
    async repositoryCreate(record: Session): Promise<{ ms: number; id: string }> {
      const {
        id: _id,
        patientId,
        status: _status,
        finalizedAt: _finalizedAt,
        finalizedBy: _finalizedBy,
        amendments: _amendments,
        followUps: _followUps,
        createdAt: _createdAt,
        updatedAt: _updatedAt,
        ...input
      } = record
      const t0 = performance.now()
      const result = await api.repos.sessions.create(patientId, input)
      const ms = performance.now() - t0
      if (!result.ok) throw new Error(result.error.message)
      return { ms, id: result.value.id }
    },

    /** Puts a copy of `record` under `id`; resolves with the ms until the transaction completes. */
    async rawStrictPut(record: Session, id: string): Promise<number> {
      const idb = await api.rawDb()
      const copy = { ...record, id }
      const t0 = performance.now()
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('sessions', 'readwrite', { durability: 'strict' })
        tx.objectStore('sessions').put(copy)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error)
      })
      return performance.now() - t0
    },

    /**
     * Removes what the benchmark added, so later suites see the seeded clinic: saved sessions
     * through the repository (which puts each patient's "last seen" back), floor copies raw.
     */
    async removeAdded(savedIds: string[], floorIds: string[]): Promise<void> {
      for (const id of savedIds) await api.repos.sessions.remove(id)
      await api.db.sessions.bulkDelete(floorIds)
    }
  }
}
