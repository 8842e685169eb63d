import { Dexie } from 'dexie'
import { RacepointDB } from '../../../../src/renderer/src/db/database'
import { sealClinic } from '../../../../src/renderer/src/db/sealing/clinicStore'
import { Vault } from '../../../../src/renderer/src/db/sealing/vault'
import { markOf, tallyOf } from '../../../../src/renderer/src/db/derived'
import { generateDemoClinic } from '../../../../src/shared/demo/demoClinic'
import { createRepositories } from '../../../../src/renderer/src/db/repositories'
import { syntheticClinicBatches } from '../syntheticClinic'
import { timedSearch } from './search'
import type { BenchApi } from '../harness'

/**
 * crypto.patient-read and crypto.search-query: the repositories over the sealed clinic, beside
 * the same repositories over the same clinic unsealed (a clinic from before sealing, seeded like
 * the bench's). crypto.migrate: that plain clinic sealed whole, with its progress.
 */
/**
 * The clinic from before sealing, under a name of its own: an app page of this origin may hold
 * the default plain database open (a welcome screen before the bench's clinic was seeded).
 */
const PLAIN_NAME = 'racepoint-bench-plain'

export function extend(api: BenchApi) {
  let plain: RacepointDB | null = null
  let plainRepos: BenchApi['repos'] | null = null
  const reposOf = (which: 'sealed' | 'plain'): BenchApi['repos'] => {
    if (which === 'sealed') return api.repos
    if (!plainRepos) throw new Error('seedPlain first')
    return plainRepos
  }
  return {
    /** 50 patients read one by one through the repository of the sealed or the plain clinic. */
    async patientRead(which: 'sealed' | 'plain', ids: string[]): Promise<number> {
      const repos = reposOf(which)
      const t0 = performance.now()
      for (const id of ids) await repos.patients.get(id)
      return performance.now() - t0
    },

    /** The patient list's search for one keystroke, in the sealed or the plain clinic. */
    query: (which: 'sealed' | 'plain', text: string) => timedSearch(reposOf(which), text),

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
      plain?.close()
      await Dexie.delete(PLAIN_NAME)
      const fresh = new RacepointDB(PLAIN_NAME, { vault: new Vault(false) })
      await fresh.open()
      const now = new Date(options.now)
      await fresh.settings.put(generateDemoClinic(now).settings)
      const statuses: { status: 'active' | 'archived' | 'trashed' }[] = []
      let sessions = 0
      let races = 0
      for (const batch of syntheticClinicBatches({ ...options, now })) {
        await fresh.transaction(
          'rw',
          [fresh.patients, fresh.races, fresh.sessions, fresh.marks],
          async () => {
            await fresh.patients.bulkAdd(batch.patients)
            await fresh.races.bulkAdd(batch.races)
            await fresh.sessions.bulkAdd(batch.sessions)
            await fresh.marks.bulkAdd(batch.sessions.flatMap((s) => markOf(s) ?? []))
          }
        )
        for (const p of batch.patients) statuses.push({ status: p.status })
        sessions += batch.sessions.length
        races += batch.races.length
      }
      await fresh.counts.put(tallyOf({ patients: statuses, sessions, races }))
      plain = fresh
      plainRepos = createRepositories(fresh, () => new Date())
      return sessions
    },

    /** Seals the plain clinic: the whole time, and the longest wait between progress reports. */
    async migrate(): Promise<{
      ms: number
      longestGap: number
      gapAt: string
      reports: number
      rows: number
    }> {
      const source = plain
      if (!source) throw new Error('seedPlain first')
      const credentials = await api.db.credentials.toArray()
      // Sealing replaces the clinic's database: no connection to it may stay open (an open one
      // would hold the deletion waiting for ever).
      api.release()
      const t0 = performance.now()
      let last = t0
      let longestGap = 0
      let gapAt = ''
      let reports = 0
      let rows = 0
      let lastDone = -1
      await sealClinic(source, api.clinicKey, credentials, {
        onProgress: ({ done, total }) => {
          const now = performance.now()
          if (now - last > longestGap) {
            longestGap = now - last
            gapAt = `${lastDone < 0 ? 'start' : `${lastDone}/${total}`} -> ${done}/${total}`
          }
          last = now
          lastDone = done
          reports++
          rows = done
        }
      })
      const ms = performance.now() - t0
      if (performance.now() - last > longestGap) {
        longestGap = performance.now() - last
        gapAt = `${lastDone} -> end`
      }
      source.close()
      plain = null
      plainRepos = null
      await Dexie.delete(PLAIN_NAME)
      await api.db.open()
      return { ms, longestGap, gapAt, reports, rows }
    }
  }
}
