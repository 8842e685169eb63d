import { Dexie } from 'dexie'
import { formatDate, toIsoDate, type IsoDate, type LocalDateTime, stampAfter } from '@shared/dates'
import { isStillRetained, signedRecordsKeptUntil } from '@shared/domain/rules/retention'
import { DEFAULT_RETENTION_YEARS, SETTINGS_ID, settingsSchema } from '@shared/domain/settings'
import {
  buildPatientRecord,
  nameKeys,
  patientInputSchemaOn,
  type Patient,
  type PatientStatus
} from '@shared/domain/patient'
import { matchesQuery, searchWords } from '@shared/domain/search'
import { validate } from '@shared/domain/validation'
import { err, ok } from '@shared/result'
import type { RacepointDB } from '../database'
import { addToTally, shiftPatientCount, TALLY_ID } from '../derived'
import {
  guardCheckedWrite,
  guardWrite,
  notFound,
  refused,
  type Clock,
  type GuardedResult,
  type WriteResult
} from './common'
import { newId } from '@shared/ids'
import type { AuditAction } from '@shared/domain/audit'
import { appendAudit, type Actor, type AuditNote } from './audit'

export type PatientSort = 'name' | 'recent'

export type PatientListOptions = {
  status?: PatientStatus
  sort?: PatientSort
  limit?: number
}

/** Extra rows in a search's first read, for patients matched by two of their name words. */
const SEARCH_SLACK = 20
/** Keys a search reads of one word's range; a larger range does not drive the intersection. */
const SEARCH_KEYS_CAP = 5000
/** Records fetched at a time when a search narrows by keys. */
const SEARCH_CHUNK = 200
/** Chunks a search reads of one range when no word's range is small enough to intersect. */
const SEARCH_MAX_CHUNKS = 10

function uniqueById(rows: readonly Patient[]): Patient[] {
  const seen = new Set<string>()
  return rows.filter((p) => !seen.has(p.id) && seen.add(p.id))
}

const byName = (a: Patient, b: Patient): number =>
  a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0

/** The list orders, matching the indexes the unfiltered list reads ([status+sortName], [status+recentAt]). */
export function sortPatients(rows: Patient[], sort: PatientSort): Patient[] {
  return rows.sort(
    sort === 'name'
      ? byName
      : (a, b) => (a.recentAt < b.recentAt ? 1 : a.recentAt > b.recentAt ? -1 : byName(a, b))
  )
}

export type Retention = {
  /** Signed (finalised) sessions of the patient. */
  signed: number
  /** The first day they may be destroyed; null when nothing is signed. */
  keptUntil: IsoDate | null
  years: number
}

/** Why Delete forever is refused, in the therapist's words. */
export function retentionMessage({ signed, keptUntil, years }: Retention): string {
  const what = signed === 1 ? 'a signed session' : `${signed} signed sessions`
  return `This patient has ${what}, which the clinic keeps for ${years} ${years === 1 ? 'year' : 'years'} after the last one: they cannot be deleted before ${keptUntil ? formatDate(keptUntil) : 'then'}. The patient can stay in the trash, or be restored and archived.`
}

export function patientRepository(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  const note = (n: AuditNote) => appendAudit(db, clock, actor, n)
  /** Read inside a transaction that covers sessions and settings. */
  async function retentionOf(id: string): Promise<Retention> {
    const settingsRow = await db.settings.get(SETTINGS_ID)
    const years = settingsRow
      ? settingsSchema.parse(settingsRow).retentionYears
      : DEFAULT_RETENTION_YEARS
    const signedDates: LocalDateTime[] = []
    await db.sessions
      .where('[patientId+date]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .each((s) => {
        if (s.status === 'final') signedDates.push(s.date)
      })
    return {
      signed: signedDates.length,
      keptUntil: signedRecordsKeptUntil(signedDates, years),
      years
    }
  }

  async function setStatus(
    id: string,
    from: PatientStatus[],
    to: PatientStatus,
    action: AuditAction
  ): Promise<WriteResult<Patient>> {
    return guardWrite(() =>
      db.transaction('rw', db.patients, db.audit, db.counts, async () => {
        const patient = await db.patients.get(id)
        if (!patient) return err(notFound('This patient'))
        if (!from.includes(patient.status))
          return err(refused(`This patient is ${patient.status}, not ${from.join(' or ')}.`))
        const now = stampAfter(clock(), patient.updatedAt)
        const next: Patient = {
          ...patient,
          status: to,
          archivedAt: to === 'archived' ? now : null,
          trashedAt: to === 'trashed' ? now : null,
          updatedAt: now
        }
        await db.patients.put(next)
        await note({ action, patientId: id })
        await shiftPatientCount(db.counts, patient.status, to)
        return ok(next)
      })
    )
  }

  return {
    get: (id: string): Promise<Patient | undefined> => db.patients.get(id),

    async list({ status = 'active', sort = 'name', limit = 200 }: PatientListOptions = {}): Promise<
      Patient[]
    > {
      if (sort === 'name') {
        return db.patients
          .where('[status+sortName]')
          .between([status, Dexie.minKey], [status, Dexie.maxKey])
          .limit(limit)
          .toArray()
      }
      return db.patients
        .where('[status+recentAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray()
    },

    /** Patients with this status, from the counts kept where patients are written. */
    async count(status: PatientStatus = 'active'): Promise<number> {
      return (await db.counts.get(TALLY_ID))?.[status] ?? 0
    },

    /** Several patients by id, in the order asked; missing ones are left out. */
    async getMany(ids: readonly string[]): Promise<Patient[]> {
      const rows = await db.patients.bulkGet([...ids])
      return rows.filter((p): p is Patient => p !== undefined)
    },

    /**
     * Accent- and case-insensitive prefix search on name words ("zo mar" finds Zoë Martin).
     * A one-word query is usually answered by one read: the first rows of that word's range.
     * A query of several words reads each word's range as keys only (at most
     * SEARCH_KEYS_CAP of them), intersects them smallest first, and fetches just the
     * candidates' records until `limit` match: the cost follows the smallest word's range, not
     * the clinic. When every word's range is larger than the cap (one-letter words in a very
     * large clinic), records of the longest word's range are read a chunk at a time instead,
     * up to a bound. The first `limit` matches are then put in the chosen order. Every read is
     * in one read-only transaction, and a search whose `signal` is aborted (a newer keystroke
     * superseded it) stops at its next read and rejects with the signal's reason.
     */
    async search(
      query: string,
      {
        status = 'active',
        sort = 'name',
        limit = 50,
        signal
      }: { status?: PatientStatus; sort?: PatientSort; limit?: number; signal?: AbortSignal } = {}
    ): Promise<Patient[]> {
      const words = searchWords(query)
      if (words.length === 0) return []
      signal?.throwIfAborted()
      const key = words.reduce((a, b) => (b.length > a.length ? b : a))
      // The one place a query word becomes an index range.
      const range = (word: string) => db.patients.where('searchTerms').startsWith(word)
      const accept = (p: Patient): boolean =>
        p.status === status && matchesQuery(p.searchTerms, words)
      const done = (rows: Patient[]): Patient[] => sortPatients(rows.slice(0, limit), sort)
      const read = async <T>(request: PromiseLike<T>): Promise<T> => {
        const value = await request
        signal?.throwIfAborted()
        return value
      }

      return db.transaction('r', db.patients, async () => {
        if (words.length === 1) {
          // A little over the limit: a patient whose two name words share the prefix comes twice.
          const firstRead = limit + SEARCH_SLACK
          const head = await read(range(key).limit(firstRead).toArray())
          const found = uniqueById(head).filter(accept)
          if (found.length >= limit || head.length < firstRead) return done(found)
        }

        const keySets = await read(
          Promise.all(
            words.map(async (word) => {
              const keys = await range(word)
                .limit(SEARCH_KEYS_CAP + 1)
                .primaryKeys()
              return keys.length > SEARCH_KEYS_CAP ? null : [...new Set(keys)]
            })
          )
        )
        const complete = keySets
          .filter((keys): keys is string[] => keys !== null)
          .sort((a, b) => a.length - b.length)
        const result: Patient[] = []
        if (complete.length > 0) {
          const [smallest, ...others] = complete as [string[], ...string[][]]
          const sets = others.map((keys) => new Set(keys))
          const ids = smallest.filter((id) => sets.every((set) => set.has(id)))
          for (let i = 0; i < ids.length && result.length < limit; i += SEARCH_CHUNK) {
            const rows = await read(db.patients.bulkGet(ids.slice(i, i + SEARCH_CHUNK)))
            for (const p of rows) if (p && accept(p)) result.push(p)
          }
          return done(result)
        }
        const seen = new Set<string>()
        for (let i = 0; i < SEARCH_MAX_CHUNKS && result.length < limit; i++) {
          const rows = await read(
            range(key)
              .offset(i * SEARCH_CHUNK)
              .limit(SEARCH_CHUNK)
              .toArray()
          )
          for (const p of rows) if (!seen.has(p.id) && seen.add(p.id) && accept(p)) result.push(p)
          if (rows.length < SEARCH_CHUNK) break
        }
        return done(result)
      })
    },

    async create(input: unknown): Promise<WriteResult<Patient>> {
      const valid = validate(patientInputSchemaOn(toIsoDate(clock())), input)
      if (!valid.ok) return valid
      const record = buildPatientRecord(valid.value, newId(), clock())
      return guardWrite(async () => {
        await db.transaction('rw', db.patients, db.audit, db.counts, async () => {
          await db.patients.add(record)
          await note({ action: 'patient-created', patientId: record.id })
          await shiftPatientCount(db.counts, null, record.status)
        })
        return ok(record)
      })
    },

    /**
     * Saves changes to a patient. With `expectedUpdatedAt` (the record as the form opened it),
     * a change saved elsewhere since is refused as a conflict with the record as it now
     * stands, rather than silently overwritten.
     */
    async update(
      id: string,
      input: unknown,
      { expectedUpdatedAt }: { expectedUpdatedAt?: string } = {}
    ): Promise<GuardedResult<Patient>> {
      const valid = validate(patientInputSchemaOn(toIsoDate(clock())), input)
      if (!valid.ok) return valid
      return guardCheckedWrite<Patient, Patient>(() =>
        db.transaction('rw', db.patients, db.audit, async () => {
          const current = await db.patients.get(id)
          if (!current) return err(notFound('This patient'))
          if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
            return err({
              kind: 'conflict',
              message: 'This patient was changed elsewhere since you opened the form.',
              current
            })
          }
          const next: Patient = {
            ...current,
            ...valid.value,
            ...nameKeys(valid.value),
            updatedAt: stampAfter(clock(), current.updatedAt)
          }
          await db.patients.put(next)
          await note({ action: 'patient-edited', patientId: id })
          return ok(next)
        })
      )
    },

    archive: (id: string) => setStatus(id, ['active'], 'archived', 'patient-archived'),
    unarchive: (id: string) => setStatus(id, ['archived'], 'active', 'patient-unarchived'),
    moveToTrash: (id: string) =>
      setStatus(id, ['active', 'archived'], 'trashed', 'patient-trashed'),
    restoreFromTrash: (id: string) => setStatus(id, ['trashed'], 'active', 'patient-restored'),

    /** What goes with a patient when they are deleted. */
    async related(id: string): Promise<{ sessions: number; races: number }> {
      const range = [
        [id, Dexie.minKey],
        [id, Dexie.maxKey]
      ] as const
      const [sessions, races] = await Promise.all([
        db.sessions
          .where('[patientId+date]')
          .between(...range)
          .count(),
        db.races
          .where('[patientId+date]')
          .between(...range)
          .count()
      ])
      return { sessions, races }
    },

    /**
     * How long the patient's signed sessions must be kept: the day they may be destroyed (null
     * when nothing is signed), with the clinic's retention period.
     */
    async retention(id: string): Promise<Retention> {
      return db.transaction('r', db.sessions, db.settings, () => retentionOf(id))
    },

    /**
     * Deletes a trashed patient for good, with their sessions, races and drafts, in one
     * transaction. Refused while signed sessions are inside the clinic's retention period:
     * a signed record is not destroyed before it may be.
     */
    async purge(id: string): Promise<WriteResult<{ sessions: number; races: number }>> {
      return guardWrite(() =>
        db.transaction(
          'rw',
          [
            db.patients,
            db.sessions,
            db.races,
            db.drafts,
            db.settings,
            db.audit,
            db.marks,
            db.counts,
            db.measures
          ],
          async () => {
            const patient = await db.patients.get(id)
            if (!patient) return err(notFound('This patient'))
            if (patient.status !== 'trashed')
              return err(refused('Only a patient in the trash can be deleted for good.'))
            const retention = await retentionOf(id)
            if (isStillRetained(retention.keptUntil, toIsoDate(clock()))) {
              return err(refused(retentionMessage(retention)))
            }
            const range = [
              [id, Dexie.minKey],
              [id, Dexie.maxKey]
            ] as const
            const sessions = await db.sessions
              .where('[patientId+date]')
              .between(...range)
              .delete()
            const races = await db.races
              .where('[patientId+date]')
              .between(...range)
              .delete()
            await db.drafts.where('patientId').equals(id).delete()
            await db.measures
              .where('[patientId+takenAt]')
              .between(...range)
              .delete()
            await db.marks.where('patientId').equals(id).delete()
            await db.patients.delete(id)
            // The trail keeps the patient's id (never a name): what was done stays on record.
            await note({ action: 'patient-purged', patientId: id })
            await shiftPatientCount(db.counts, patient.status, null)
            await addToTally(db.counts, { sessions: -sessions, races: -races })
            return ok({ sessions, races })
          }
        )
      )
    }
  }
}

export type PatientRepository = ReturnType<typeof patientRepository>
