import type { ClinicData } from '@shared/demo/demoClinic'
import type { Credential } from '@shared/domain/auth/credential'
import { err, ok, type Result } from '@shared/result'
import type { RacepointDB } from '../database'
import { rebuildDerived, TALLY_ID } from '../derived'
import { refused, storageFailure, type Refused, type StorageFailure } from './common'
import { newDataKey } from '@shared/crypto/clinicKey'
import { protectSecret } from '@shared/domain/auth/hash'
import { sealClinic } from '../sealing/clinicStore'

export type ClinicCounts = { patients: number; races: number; sessions: number }

/** Whole-clinic operations: the demo, counts. */
export function clinicRepository(db: RacepointDB) {
  const repository = {
    /** From the tally kept where rows are written: no table is counted. */
    async counts(): Promise<ClinicCounts> {
      const tally = await db.counts.get(TALLY_ID)
      if (!tally) return { patients: 0, races: 0, sessions: 0 }
      return {
        patients: tally.active + tally.archived + tally.trashed,
        races: tally.races,
        sessions: tally.sessions
      }
    },

    /**
     * Fills an empty clinic with the demo in one transaction: all of it is written or none.
     * Refused when the clinic already holds patients, so real records never mix with demo ones.
     */
    async loadDemo(
      data: ClinicData,
      credentials: readonly Credential[] = []
    ): Promise<Result<ClinicCounts, StorageFailure | Refused>> {
      try {
        return await db.transaction(
          'rw',
          [db.patients, db.races, db.sessions, db.settings, db.credentials, db.marks, db.counts],
          async () => {
            if ((await db.patients.count()) > 0) {
              return err(refused('The demo clinic can only be loaded into an empty clinic.'))
            }
            await db.settings.put(data.settings)
            await db.patients.bulkAdd(data.patients)
            await db.races.bulkAdd(data.races)
            await db.sessions.bulkAdd(data.sessions)
            await db.credentials.bulkPut([...credentials])
            await rebuildDerived((name) => db.table(name))
            return ok({
              patients: data.patients.length,
              races: data.races.length,
              sessions: data.sessions.length
            })
          }
        )
      } catch (error) {
        return err(storageFailure(error))
      }
    },

    /**
     * The welcome screen's demo: a new clinic key, the demo therapists' passphrases holding
     * wrapped copies of it, and the demo written sealed into a new database (see
     * sealing/clinicStore.ts). The page then restarts on it, at the sign-in screen.
     */
    async startDemo(
      data: ClinicData,
      signIns: readonly { therapistId: string; passphrase: string }[],
      now: Date
    ): Promise<Result<ClinicCounts, StorageFailure | Refused>> {
      if ((await db.patients.count()) > 0)
        return err(refused('The demo clinic can only be loaded into an empty clinic.'))
      const dataKey = newDataKey()
      const credentials: Credential[] = await Promise.all(
        signIns.map(async (d) => ({
          id: d.therapistId,
          ...(await protectSecret(d.passphrase, dataKey, d.therapistId)),
          failures: 0,
          lastFailureAt: null,
          updatedAt: now.toISOString()
        }))
      )
      let loaded: Result<ClinicCounts, StorageFailure | Refused> = err(
        storageFailure(new Error('The demo was not written.'))
      )
      try {
        await sealClinic(db, dataKey, credentials, {
          fill: async (sealed) => {
            loaded = await clinicRepository(sealed).loadDemo(data)
            if (!loaded.ok) throw new Error(loaded.error.message)
          }
        })
      } catch (error) {
        return loaded.ok ? err(storageFailure(error)) : loaded
      } finally {
        dataKey.fill(0)
      }
      return loaded
    }
  }
  return repository
}

export type ClinicRepository = ReturnType<typeof clinicRepository>
