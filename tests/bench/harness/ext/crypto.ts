import { Dexie } from 'dexie'
import { RacepointDB } from '../../../../src/renderer/src/db/database'
import { sealClinic } from '../../../../src/renderer/src/db/sealing/clinicStore'
import { Vault } from '../../../../src/renderer/src/db/sealing/vault'
import { markOf, tallyOf } from '../../../../src/renderer/src/db/derived'
import { generateDemoClinic } from '../../../../src/shared/demo/demoClinic'
import { syntheticClinicBatches } from '../syntheticClinic'
import type { BenchApi } from '../harness'

/**
 * crypto.patient-read: a patient read through the repository (opened from its sealed row),
 * beside the raw IndexedDB get of the same stored row. crypto.migrate: a clinic from before
 * sealing (plain rows, seeded like the bench's clinic) sealed whole, with its progress.
 */
/**
 * The clinic from before sealing, under a name of its own: an app page of this origin may hold
 * the default plain database open (a welcome screen before the bench's clinic was seeded).
 */
const PLAIN_NAME = 'racepoint-bench-plain'

export function extend(api: BenchApi) {
  return {
    async patientRead(ids: string[]): Promise<number> {
      const t0 = performance.now()
      for (const id of ids) await api.repos.patients.get(id)
      return performance.now() - t0
    },

    async rawPatientRead(ids: string[]): Promise<number> {
      const idb = await api.rawDb()
      const t0 = performance.now()
      for (const id of ids)
        await api.rawRequest(
          idb.transaction('patients', 'readonly').objectStore('patients').get(id)
        )
      return performance.now() - t0
    },

    async someIds(count: number): Promise<string[]> {
      const keys = await api.db.patients.limit(count * 20).primaryKeys()
      return keys.filter((_, i) => i % 20 === 0).slice(0, count)
    },

    /** Seeds the plain clinic a version from before sealing would hold. */
    async seedPlain(options: {
      patients: number
      sessions: number
      longHistories: number[]
      now: string
    }): Promise<number> {
      await Dexie.delete(PLAIN_NAME)
      const plain = new RacepointDB(PLAIN_NAME, { vault: new Vault(false) })
      await plain.open()
      const now = new Date(options.now)
      await plain.settings.put(generateDemoClinic(now).settings)
      const statuses: { status: 'active' | 'archived' | 'trashed' }[] = []
      let sessions = 0
      let races = 0
      for (const batch of syntheticClinicBatches({ ...options, now })) {
        await plain.transaction(
          'rw',
          [plain.patients, plain.races, plain.sessions, plain.marks],
          async () => {
            await plain.patients.bulkAdd(batch.patients)
            await plain.races.bulkAdd(batch.races)
            await plain.sessions.bulkAdd(batch.sessions)
            await plain.marks.bulkAdd(batch.sessions.flatMap((s) => markOf(s) ?? []))
          }
        )
        for (const p of batch.patients) statuses.push({ status: p.status })
        sessions += batch.sessions.length
        races += batch.races.length
      }
      await plain.counts.put(tallyOf({ patients: statuses, sessions, races }))
      plain.close()
      return sessions
    },

    /** Seals the plain clinic: the whole time, and the longest wait between progress reports. */
    async migrate(): Promise<{ ms: number; longestGap: number; reports: number; rows: number }> {
      const plain = new RacepointDB(PLAIN_NAME, { vault: new Vault(false) })
      await plain.open()
      const credentials = await api.db.credentials.toArray()
      api.db.close()
      const t0 = performance.now()
      let last = t0
      let longestGap = 0
      let reports = 0
      let rows = 0
      await sealClinic(plain, api.clinicKey, credentials, {
        onProgress: ({ done }) => {
          const now = performance.now()
          longestGap = Math.max(longestGap, now - last)
          last = now
          reports++
          rows = done
        }
      })
      const ms = performance.now() - t0
      longestGap = Math.max(longestGap, performance.now() - last)
      plain.close()
      await Dexie.delete(PLAIN_NAME)
      await api.db.open()
      return { ms, longestGap, reports, rows }
    }
  }
}
