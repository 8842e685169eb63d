import { rankAllByName } from './sealing/nameOrder'
import type { EntityTable, Table } from 'dexie'
import type { LocalDateTime } from '@shared/dates'
import type { Patient, PatientStatus } from '@shared/domain/patient'
import { FOLLOW_UP_CHECKPOINTS } from '@shared/domain/followUps'
import type { Session } from '@shared/domain/session'

/**
 * What the Today screen needs to find a session by, kept beside it: one row per session that
 * recorded adverse events, or that was needled and still misses a soreness check. The other
 * sessions have no row. Written in the same transaction as the session, so Today reads only
 * the short date ranges of these indexes instead of every session of the last two weeks.
 */
export type SessionMark = {
  /** The session's id. */
  id: string
  patientId: string
  /** The session's date when it recorded adverse events (absent otherwise: a sparse index). */
  adverseAt?: LocalDateTime
  /** The session's date while it was needled and a soreness check is not recorded. */
  followUpAt?: LocalDateTime
}

/**
 * How many patients (by status), sessions and races the clinic holds: one row, kept in the
 * transactions that add or remove them, so no screen counts a table.
 */
export type ClinicTally = { id: string } & Record<PatientStatus | 'sessions' | 'races', number>
export type TallyKey = Exclude<keyof ClinicTally, 'id'>

export const TALLY_ID = 'clinic'

export function emptyTally(): ClinicTally {
  return { id: TALLY_ID, active: 0, archived: 0, trashed: 0, sessions: 0, races: 0 }
}

/** The session's mark, or null when Today never looks for it. */
export function markOf(session: Session): SessionMark | null {
  const hasAdverse = session.adverseEvents.length > 0
  const recorded = new Set(session.followUps.map((f) => f.checkpoint))
  const missesCheck = session.hasNeedling && FOLLOW_UP_CHECKPOINTS.some((c) => !recorded.has(c))
  if (!hasAdverse && !missesCheck) return null
  return {
    id: session.id,
    patientId: session.patientId,
    ...(hasAdverse ? { adverseAt: session.date } : {}),
    ...(missesCheck ? { followUpAt: session.date } : {})
  }
}

type MarkTable = EntityTable<SessionMark, 'id'>
type TallyTable = EntityTable<ClinicTally, 'id'>

/** Puts or removes the session's mark; call inside the transaction that writes the session. */
export async function writeMark(marks: MarkTable, session: Session): Promise<void> {
  const mark = markOf(session)
  if (mark) await marks.put(mark)
  else await marks.delete(session.id)
}

/** Adds to the tally (negative to take away); call inside the transaction that writes the rows. */
export async function addToTally(
  counts: TallyTable,
  deltas: Partial<Record<TallyKey, number>>
): Promise<void> {
  const next = (await counts.get(TALLY_ID)) ?? emptyTally()
  for (const [key, delta] of Object.entries(deltas) as [TallyKey, number][]) {
    next[key] = Math.max(0, next[key] + delta)
  }
  await counts.put(next)
}

/** Moves one patient between statuses (from null: a new patient; to null: deleted). */
export function shiftPatientCount(
  counts: TallyTable,
  from: PatientStatus | null,
  to: PatientStatus | null
): Promise<void> {
  if (from === to) return Promise.resolve()
  const deltas: Partial<Record<TallyKey, number>> = {}
  if (from) deltas[from] = -1
  if (to) deltas[to] = (deltas[to] ?? 0) + 1
  return addToTally(counts, deltas)
}

/** The tally of a clinic's rows. */
export function tallyOf(rows: {
  patients: Iterable<Pick<Patient, 'status'>>
  sessions: number
  races: number
}): ClinicTally {
  const tally = { ...emptyTally(), sessions: rows.sessions, races: rows.races }
  for (const p of rows.patients) tally[p.status] += 1
  return tally
}

/**
 * Builds the marks and counts from the rows themselves: after an upgrade, a restore or the
 * demo, which write every row anyway. `table` names the tables of the transaction it runs in
 * (a version-change transaction's, or one covering patients, sessions, races, marks and counts).
 */
export async function rebuildDerived(
  table: (name: 'patients' | 'sessions' | 'races' | 'marks' | 'counts') => Table
): Promise<void> {
  const marks = table('marks') as MarkTable
  const counts = table('counts') as TallyTable
  await marks.clear()
  const batch: SessionMark[] = []
  await table('sessions')
    .toCollection()
    .each((s: Session) => {
      const mark = markOf(s)
      if (mark) batch.push(mark)
    })
  for (let i = 0; i < batch.length; i += 1000) await marks.bulkPut(batch.slice(i, i + 1000))
  const statuses: Pick<Patient, 'status'>[] = []
  await table('patients')
    .toCollection()
    .each((p: Patient) => statuses.push({ status: p.status }))
  const [sessions, races] = [await table('sessions').count(), await table('races').count()]
  await counts.put(tallyOf({ patients: statuses, sessions, races }))
  await rankAllByName(table('patients'))
}

/** The marks of these sessions (those Today looks for). */
export const marksOf = (sessions: readonly Session[]): SessionMark[] =>
  sessions.flatMap((s) => markOf(s) ?? [])
