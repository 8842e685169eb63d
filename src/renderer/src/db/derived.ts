import type { EntityTable, Table } from 'dexie'
import type { LocalDateTime } from '@shared/dates'
import type { Patient, PatientStatus } from '@shared/domain/patient'
import type { RacepointDB } from './database'
import { FOLLOW_UP_CHECKPOINTS, type Session } from '@shared/domain/session'

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

/** Patients by status, kept where patients are written so no screen counts the table. */
export type PatientCounts = { id: string } & Record<PatientStatus, number>

export const PATIENT_COUNTS_ID = 'patients'

export function emptyPatientCounts(): PatientCounts {
  return { id: PATIENT_COUNTS_ID, active: 0, archived: 0, trashed: 0 }
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
type CountTable = EntityTable<PatientCounts, 'id'>

/** Puts or removes the session's mark; call inside the transaction that writes the session. */
export async function writeMark(marks: MarkTable, session: Session): Promise<void> {
  const mark = markOf(session)
  if (mark) await marks.put(mark)
  else await marks.delete(session.id)
}

/** Moves one patient between statuses (from null: a new patient; to null: deleted). */
export async function shiftPatientCount(
  counts: CountTable,
  from: PatientStatus | null,
  to: PatientStatus | null
): Promise<void> {
  if (from === to) return
  const current = (await counts.get(PATIENT_COUNTS_ID)) ?? emptyPatientCounts()
  const next = { ...current }
  if (from) next[from] = Math.max(0, next[from] - 1)
  if (to) next[to] += 1
  await counts.put(next)
}

export function countPatients(patients: Iterable<Pick<Patient, 'status'>>): PatientCounts {
  const counts = emptyPatientCounts()
  for (const p of patients) counts[p.status] += 1
  return counts
}

/**
 * Builds the marks and counts from the rows themselves: after an upgrade, a restore or the
 * demo, which write every row anyway. `table` names the tables of the transaction it runs in
 * (a version-change transaction's, or one covering patients, sessions, marks and counts).
 */
export async function rebuildDerived(
  table: (name: 'patients' | 'sessions' | 'marks' | 'counts') => Table
): Promise<void> {
  const marks = table('marks') as MarkTable
  const counts = table('counts') as CountTable
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
  await counts.put(countPatients(statuses))
}

/** The marks and counts for a clinic whose rows are all in hand (a restore writing them). */
export async function replaceDerived(
  db: RacepointDB,
  rows: { patients: readonly Pick<Patient, 'status'>[]; sessions: readonly Session[] }
): Promise<void> {
  await db.marks.clear()
  const marks = rows.sessions.flatMap((s) => markOf(s) ?? [])
  for (let i = 0; i < marks.length; i += 1000) await db.marks.bulkPut(marks.slice(i, i + 1000))
  await db.counts.put(countPatients(rows.patients))
}
