import { Dexie } from 'dexie'
import { toLocalDateTime, type IsoDate, type LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import {
  amendmentSchema,
  followUpSchema,
  sessionInputSchema,
  therapistRefSchema,
  type Session,
  type TherapistRef
} from '@shared/domain/session'
import { validate, validationFailure } from '@shared/domain/validation'
import { err, ok } from '@shared/result'
import type { RacepointDB } from '../database'
import { guardWrite, notFound, refused, type Clock, type WriteResult } from './common'
import { newId } from '@shared/ids'

/** Keeps the patient's "last seen" in step with their latest session (same transaction). */
async function touchPatient(
  db: RacepointDB,
  patientId: string,
  nowIso: string
): Promise<Patient | null> {
  const patient = await db.patients.get(patientId)
  if (!patient) return null
  const latest = await db.sessions
    .where('[patientId+date]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .last()
  const lastSessionAt: LocalDateTime | null = latest?.date ?? null
  const next: Patient = {
    ...patient,
    lastSessionAt,
    recentAt: lastSessionAt ?? toLocalDateTime(new Date(patient.createdAt)),
    updatedAt: nowIso
  }
  await db.patients.put(next)
  return next
}

/** A session as a save left it, with its patient as the same transaction left them. */
export type WrittenSession = { session: Session; patient: Patient }

export function sessionRepository(db: RacepointDB, clock: Clock) {
  const stamp = (): string => clock().toISOString()
  /**
   * The session the last create or update committed, so the page it opens next can paint it in
   * its first frame instead of waiting for its query; the query takes over from there.
   */
  let lastWritten: WrittenSession | null = null
  const remember = (result: WriteResult<WrittenSession>): WriteResult<Session> => {
    if (!result.ok) return result
    lastWritten = result.value
    return ok(result.value.session)
  }

  async function write(
    id: string,
    apply: (s: Session, now: string) => WriteResult<Session>,
    { clearsDraft = false }: { clearsDraft?: boolean } = {}
  ): Promise<WriteResult<WrittenSession>> {
    return guardWrite(() =>
      db.transaction('rw', db.sessions, db.patients, db.drafts, async () => {
        const current = await db.sessions.get(id)
        if (!current) return err(notFound('This session'))
        const now = stamp()
        const next = apply(current, now)
        if (!next.ok) return next
        await db.sessions.put(next.value)
        const patient = await touchPatient(db, current.patientId, now)
        if (!patient) return err(notFound('This patient'))
        // The edit draft goes with the save, so a crash can never leave both behind.
        if (clearsDraft) await db.drafts.delete(`edit:${id}`)
        return ok({ session: next.value, patient })
      })
    )
  }

  async function change(...args: Parameters<typeof write>): Promise<WriteResult<Session>> {
    const result = await write(...args)
    return result.ok ? ok(result.value.session) : result
  }

  return {
    get: (id: string): Promise<Session | undefined> => db.sessions.get(id),

    /** The session with this id as the last create or update left it, if that was this one. */
    justWritten: (id: string): WrittenSession | undefined =>
      lastWritten?.session.id === id ? lastWritten : undefined,

    /** Drops the remembered write once its page has shown it. */
    forgetWritten(id: string): void {
      if (lastWritten?.session.id === id) lastWritten = null
    },

    /** A patient's sessions, oldest first. */
    forPatient: (patientId: string): Promise<Session[]> =>
      db.sessions
        .where('[patientId+date]')
        .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
        .toArray(),

    /** A patient's most recent session before `before` (or at all). */
    latestForPatient: (patientId: string, before?: LocalDateTime): Promise<Session | undefined> =>
      db.sessions
        .where('[patientId+date]')
        .between([patientId, Dexie.minKey], [patientId, before ?? Dexie.maxKey], true, false)
        .last(),

    /** Every session in the clinic on days `from` to `to` inclusive, earliest first. */
    between: (from: IsoDate, to: IsoDate): Promise<Session[]> =>
      db.sessions.where('date').between(from, `${to}T99`, true, false).toArray(),

    /**
     * Sessions whose next appointment falls from `from` to `to` (wall-clock, inclusive),
     * earliest appointment first. Only a patient's latest session holds their current booking;
     * callers compare with the patient's last session.
     */
    withAppointmentBetween: (from: LocalDateTime, to: LocalDateTime): Promise<Session[]> =>
      db.sessions.where('nextAppointment').between(from, to, true, true).toArray(),

    async create(patientId: string, input: unknown): Promise<WriteResult<Session>> {
      const valid = validate(sessionInputSchema, input)
      if (!valid.ok) return valid
      const written = await guardWrite(() =>
        db.transaction('rw', db.sessions, db.patients, db.drafts, async () => {
          if (!(await db.patients.get(patientId))) return err(notFound('This patient'))
          const now = stamp()
          const session: Session = {
            ...valid.value,
            id: newId(),
            patientId,
            status: 'open',
            finalizedAt: null,
            finalizedBy: null,
            amendments: [],
            followUps: [],
            createdAt: now,
            updatedAt: now
          }
          await db.sessions.add(session)
          const patient = await touchPatient(db, patientId, now)
          if (!patient) return err(notFound('This patient'))
          await db.drafts.delete(`new:${patientId}`)
          return ok({ session, patient })
        })
      )
      return remember(written)
    },

    /** Edits an open session; a finalised one only takes amendments. */
    async update(id: string, input: unknown): Promise<WriteResult<Session>> {
      const valid = validate(sessionInputSchema, input)
      if (!valid.ok) return valid
      return remember(
        await write(
          id,
          (current, now) =>
            current.status === 'final'
              ? err(refused('This session is finalised: add an amendment instead of editing it.'))
              : ok({ ...current, ...valid.value, updatedAt: now }),
          { clearsDraft: true }
        )
      )
    },

    async finalize(id: string, by: TherapistRef): Promise<WriteResult<Session>> {
      const who = validate(therapistRefSchema, by)
      if (!who.ok) return who
      return change(id, (current, now) =>
        current.status === 'final'
          ? err(refused('This session is already finalised.'))
          : ok({
              ...current,
              status: 'final',
              finalizedAt: now,
              finalizedBy: who.value,
              updatedAt: now
            })
      )
    },

    async amend(
      id: string,
      input: { text: string; by: TherapistRef }
    ): Promise<WriteResult<Session>> {
      const amendment = validate(amendmentSchema, { ...input, id: newId(), at: stamp() })
      if (!amendment.ok) return amendment
      return change(id, (current, now) =>
        current.status !== 'final'
          ? err(refused('Only a finalised session takes amendments; edit it instead.'))
          : ok({ ...current, amendments: [...current.amendments, amendment.value], updatedAt: now })
      )
    },

    /** Soreness at 24/48/72 h, recorded later (a phone follow-up); allowed on final sessions too. */
    async addFollowUp(id: string, input: unknown): Promise<WriteResult<Session>> {
      const followUp = validate(followUpSchema, { ...(input as object), id: newId() })
      if (!followUp.ok) return followUp
      return change(id, (current, now) =>
        followUp.value.recordedAt < current.date
          ? err(
              validationFailure({
                recordedAt: 'A follow-up is recorded after the session, not before it'
              })
            )
          : ok({ ...current, followUps: [...current.followUps, followUp.value], updatedAt: now })
      )
    },

    async remove(id: string): Promise<WriteResult<Session>> {
      return guardWrite(() =>
        db.transaction('rw', db.sessions, db.patients, async () => {
          const current = await db.sessions.get(id)
          if (!current) return err(notFound('This session'))
          if (current.status === 'final')
            return err(refused('A finalised session is part of the record and cannot be deleted.'))
          await db.sessions.delete(id)
          await touchPatient(db, current.patientId, stamp())
          return ok(current)
        })
      )
    }
  }
}

export type SessionRepository = ReturnType<typeof sessionRepository>
