import { Dexie } from 'dexie'
import type { IsoDate, LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { RacepointDB } from '../database'
import type { SessionMark } from '../derived'

/**
 * The first rows of an indexed range that pass a check, and how many the range holds in all.
 * `total` is exact when `isExact`; otherwise it counts the rest of the range unchecked, so it
 * is the most there can be, unless `isOver`: then the range goes on past what was counted
 * and there are more than `total`, as far as can be told without reading them.
 */
export type Bounded<T> = { rows: T[]; total: number; isExact: boolean; isOver: boolean }

/** What firstAccepted needs of a Dexie collection over an index range. */
type Range<T> = {
  offset(n: number): { limit(n: number): { toArray(): PromiseLike<T[]> } }
  limit(n: number): { primaryKeys(): PromiseLike<unknown[]> }
}

/** Chunks read past the first before a range whose rows mostly fail the check gives up. */
const MAX_CHUNKS = 8
const SLACK = 8
/**
 * Keys counted past the rows read, at most. Counting a range costs in step with its length
 * (the browser checks each index entry), so the count stops here: a list that long says
 * only that there are more than this.
 */
export const COUNT_CAP = 500

/**
 * Reads a range a chunk at a time until `limit` rows pass `accept` or the range ends, so the
 * cost follows what is shown, not the clinic's size. The rest of the range is counted (keys
 * only, up to COUNT_CAP) only when it goes on past what was read.
 */
export async function firstAccepted<T>(
  range: () => Range<T>,
  accept: (rows: T[]) => Promise<T[]>,
  limit: number
): Promise<Bounded<T>> {
  const kept: T[] = []
  const chunk = limit + SLACK
  let offset = 0
  let rejected = 0
  for (let i = 0; i < MAX_CHUNKS && kept.length < limit; i++) {
    const read = await range().offset(offset).limit(chunk).toArray()
    offset += read.length
    const passed = await accept(read)
    rejected += read.length - passed.length
    kept.push(...passed)
    if (read.length < chunk)
      return { rows: kept.slice(0, limit), total: kept.length, isExact: true, isOver: false }
  }
  const counted = (
    await range()
      .limit(offset + COUNT_CAP + 1)
      .primaryKeys()
  ).length
  const isOver = counted > offset + COUNT_CAP
  const total = Math.min(counted, offset + COUNT_CAP) - rejected
  return { rows: kept.slice(0, limit), total, isExact: false, isOver }
}

/** The reads behind the Today screen: short indexed ranges, each bounded by what it shows. */
export function todayRepository(db: RacepointDB) {
  /** Active patients by id, read once per screen read. */
  function patientCache() {
    const known = new Map<string, Patient | null>()
    return {
      known,
      async active(ids: readonly string[]): Promise<Map<string, Patient>> {
        const missing = [...new Set(ids)].filter((id) => !known.has(id))
        if (missing.length > 0) {
          const rows = await db.patients.bulkGet(missing)
          missing.forEach((id, i) => known.set(id, rows[i] ?? null))
        }
        const found = new Map<string, Patient>()
        for (const id of ids) {
          const p = known.get(id)
          if (p && p.status === 'active') found.set(id, p)
        }
        return found
      },
      /** Every active patient read so far. */
      all(): Map<string, Patient> {
        const all = new Map<string, Patient>()
        for (const [id, p] of known) if (p && p.status === 'active') all.set(id, p)
        return all
      }
    }
  }
  type Patients = ReturnType<typeof patientCache>

  const ofActive =
    <T extends { patientId: string }>(patients: Patients) =>
    async (rows: T[]): Promise<T[]> => {
      const found = await patients.active(rows.map((r) => r.patientId))
      return rows.filter((r) => found.has(r.patientId))
    }

  async function markedSessions(
    index: 'adverseAt' | 'followUpAt',
    from: LocalDateTime,
    to: LocalDateTime,
    limit: number,
    patients: Patients,
    newestFirst: boolean
  ): Promise<Bounded<Session>> {
    const marks = await firstAccepted<SessionMark>(
      () => {
        const range = db.marks.where(index).between(from, to, true, true)
        return newestFirst ? range.reverse() : range
      },
      ofActive<SessionMark>(patients),
      limit
    )
    const sessions = await db.sessions.bulkGet(marks.rows.map((m) => m.id))
    return { ...marks, rows: sessions.filter((s): s is Session => s !== undefined) }
  }

  return {
    /** A new cache of the patients a screen read mentions; pass it to each read of that screen. */
    patientCache,

    /**
     * Runs a screen's reads in one read-only transaction: one consistent moment of the clinic,
     * and one transaction to start and finish instead of one per request (dozens for Today).
     */
    together: <T>(reads: () => Promise<T>): Promise<T> =>
      db.transaction('r', [db.patients, db.sessions, db.races, db.marks], reads),

    /** Sessions of active patients dated `from` to `to`, earliest first. */
    sessionsBetween: (
      from: LocalDateTime,
      to: LocalDateTime,
      limit: number,
      patients: Patients
    ): Promise<Bounded<Session>> =>
      firstAccepted(
        () => db.sessions.where('date').between(from, to, true, true),
        ofActive<Session>(patients),
        limit
      ),

    /**
     * Current bookings from `from` to `to`, earliest first: a session's next appointment counts
     * only while it is its active patient's latest session.
     */
    bookedBetween: (
      from: LocalDateTime,
      to: LocalDateTime,
      limit: number,
      patients: Patients
    ): Promise<Bounded<Session>> =>
      firstAccepted(
        () => db.sessions.where('nextAppointment').between(from, to, true, true),
        async (rows) => {
          const found = await patients.active(rows.map((s) => s.patientId))
          return rows.filter((s) => found.get(s.patientId)?.lastSessionAt === s.date)
        },
        limit
      ),

    /** Sessions of active patients that recorded adverse events, newest first. */
    adverseBetween: (from: LocalDateTime, to: LocalDateTime, limit: number, patients: Patients) =>
      markedSessions('adverseAt', from, to, limit, patients, true),

    /** Needling sessions of active patients with a soreness check not recorded, oldest first. */
    followUpsBetween: (from: LocalDateTime, to: LocalDateTime, limit: number, patients: Patients) =>
      markedSessions('followUpAt', from, to, limit, patients, false),

    /** Races of active patients from `from` to `to`, earliest first. */
    racesBetween: (from: IsoDate, to: IsoDate, limit: number, patients: Patients) =>
      firstAccepted(
        () => db.races.where('date').between(from, to, true, true),
        ofActive<Race>(patients),
        limit
      ),

    /** A races of active patients from `from` to `to` that also pass `accept`, earliest first. */
    aRacesBetween: (
      from: IsoDate,
      to: IsoDate,
      limit: number,
      patients: Patients,
      accept: (races: Race[]) => Promise<Race[]>
    ) =>
      firstAccepted<Race>(
        () => db.races.where('[priority+date]').between(['A', from], ['A', to], true, true),
        async (rows) => accept(await ofActive<Race>(patients)(rows)),
        limit
      ),

    /** Each patient's sessions dated `from` to `to` (a few days: the patient's own range). */
    async sessionsOfPatients(
      patientIds: readonly string[],
      from: LocalDateTime,
      to: LocalDateTime
    ): Promise<Session[]> {
      const found = await Promise.all(
        [...new Set(patientIds)].map((id) =>
          db.sessions.where('[patientId+date]').between([id, from], [id, to], true, true).toArray()
        )
      )
      return found.flat()
    },

    /** Each patient's latest `n` sessions, newest first, by patient id (a short range each). */
    async recentOfPatients(
      patientIds: readonly string[],
      n: number
    ): Promise<Map<string, Session[]>> {
      const ids = [...new Set(patientIds)]
      const found = await Promise.all(
        ids.map((id) =>
          db.sessions
            .where('[patientId+date]')
            .between([id, Dexie.minKey], [id, Dexie.maxKey])
            .reverse()
            .limit(n)
            .toArray()
        )
      )
      return new Map(ids.map((id, i) => [id, found[i]!]))
    },

    /** Each patient's latest session, by patient id. */
    async latestOfPatients(patientIds: readonly string[]): Promise<Map<string, Session>> {
      const found = await Promise.all(
        [...new Set(patientIds)].map((id) =>
          db.sessions
            .where('[patientId+date]')
            .between([id, Dexie.minKey], [id, Dexie.maxKey])
            .last()
        )
      )
      const latest = new Map<string, Session>()
      for (const s of found) if (s) latest.set(s.patientId, s)
      return latest
    }
  }
}

export type TodayRepository = ReturnType<typeof todayRepository>
export type TodayPatients = ReturnType<TodayRepository['patientCache']>
