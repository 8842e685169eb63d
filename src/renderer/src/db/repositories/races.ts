import { Dexie } from 'dexie'
import { stampAfter, type IsoDate } from '@shared/dates'
import { raceInputSchema, type Race } from '@shared/domain/race'
import { validate } from '@shared/domain/validation'
import { err, ok } from '@shared/result'
import type { RacepointDB } from '../database'
import { addToTally } from '../derived'
import {
  guardCheckedWrite,
  guardWrite,
  notFound,
  type Clock,
  type GuardedResult,
  type WriteResult
} from './common'
import { newId } from '@shared/ids'
import { appendAudit, type Actor, type AuditNote } from './audit'

export function raceRepository(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  const note = (n: AuditNote) => appendAudit(db, clock, actor, n)
  const stamp = (): string => clock().toISOString()

  return {
    get: (id: string): Promise<Race | undefined> => db.races.get(id),

    /** A patient's races, earliest first. */
    forPatient: (patientId: string): Promise<Race[]> =>
      db.races
        .where('[patientId+date]')
        .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
        .toArray(),

    /** The patient's first race on or after `today`. */
    nextForPatient: (patientId: string, today: IsoDate): Promise<Race | undefined> =>
      db.races
        .where('[patientId+date]')
        .between([patientId, today], [patientId, Dexie.maxKey])
        .first(),

    /** Each patient's first race on or after `today`, by patient id (patients without one are absent). */
    async nextForPatients(
      patientIds: readonly string[],
      today: IsoDate
    ): Promise<Map<string, Race>> {
      const found = await Promise.all(
        patientIds.map((id) =>
          db.races.where('[patientId+date]').between([id, today], [id, Dexie.maxKey]).first()
        )
      )
      const next = new Map<string, Race>()
      for (const race of found) if (race) next.set(race.patientId, race)
      return next
    },

    /** Every race in the clinic from `from` to `to` inclusive, earliest first. */
    between: (from: IsoDate, to: IsoDate): Promise<Race[]> =>
      db.races.where('date').between(from, to, true, true).toArray(),

    async create(patientId: string, input: unknown): Promise<WriteResult<Race>> {
      const valid = validate(raceInputSchema, input)
      if (!valid.ok) return valid
      return guardWrite(() =>
        db.transaction('rw', db.patients, db.races, db.audit, db.counts, async () => {
          if (!(await db.patients.get(patientId))) return err(notFound('This patient'))
          const now = stamp()
          const race: Race = {
            ...valid.value,
            id: newId(),
            patientId,
            createdAt: now,
            updatedAt: now
          }
          await db.races.add(race)
          await note({ action: 'race-created', patientId, recordId: race.id })
          await addToTally(db.counts, { races: 1 })
          return ok(race)
        })
      )
    },

    /** Saves changes to a race; with `expectedUpdatedAt`, a change made elsewhere is a conflict. */
    async update(
      id: string,
      input: unknown,
      { expectedUpdatedAt }: { expectedUpdatedAt?: string } = {}
    ): Promise<GuardedResult<Race>> {
      const valid = validate(raceInputSchema, input)
      if (!valid.ok) return valid
      return guardCheckedWrite<Race, Race>(() =>
        db.transaction('rw', db.races, db.audit, async () => {
          const current = await db.races.get(id)
          if (!current) return err(notFound('This race'))
          if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
            return err({
              kind: 'conflict',
              message: 'This race was changed elsewhere since you opened it.',
              current
            })
          }
          const next: Race = {
            ...current,
            ...valid.value,
            updatedAt: stampAfter(clock(), current.updatedAt)
          }
          await db.races.put(next)
          await note({ action: 'race-edited', patientId: current.patientId, recordId: id })
          return ok(next)
        })
      )
    },

    async remove(id: string): Promise<WriteResult<Race>> {
      return guardWrite(() =>
        db.transaction('rw', db.races, db.audit, db.counts, async () => {
          const current = await db.races.get(id)
          if (!current) return err(notFound('This race'))
          await db.races.delete(id)
          await note({ action: 'race-deleted', patientId: current.patientId, recordId: id })
          await addToTally(db.counts, { races: -1 })
          return ok(current)
        })
      )
    }
  }
}

export type RaceRepository = ReturnType<typeof raceRepository>
