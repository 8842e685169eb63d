import { Dexie } from 'dexie'
import { toLocalDateTime, type IsoDate, type LocalDateTime, stampAfter } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import {
  amendmentSchema,
  followUpSchema,
  sessionInputSchema,
  therapistRefSchema,
  type Session,
  type TherapistRef
} from '@shared/domain/session'
import { idSchema } from '@shared/domain/common'
import {
  isSameSheet,
  sheetContentSchema,
  type Handout,
  type HandoutWay,
  type SheetContent
} from '@shared/domain/sheet/content'
import { validate, validationFailure } from '@shared/domain/validation'
import { err, ok, type Result } from '@shared/result'
import type { AuditAction } from '@shared/domain/audit'
import type { RacepointDB } from '../database'
import { appendAudit, type Actor, type AuditNote } from './audit'
import { addToTally, writeMark } from '../derived'
import {
  guardCheckedWrite,
  guardWrite,
  notFound,
  refused,
  type Clock,
  type Conflict,
  type GuardedResult,
  type WriteFailure,
  type WriteResult
} from './common'
import { newId } from '@shared/ids'
import { clinicMeasureProblems } from './measures'

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
    updatedAt: stampAfter(new Date(nowIso), patient.updatedAt)
  }
  await db.patients.put(next)
  return next
}

/** Times one sheet is recorded as given; the first and the latest are what the page shows. */
const MAX_GIVEN = 200

/** The first time a sheet was given always stays; the oldest reprints go first. */
function keepGiven<T>(given: T[]): T[] {
  return given.length > MAX_GIVEN ? [given[0]!, ...given.slice(-(MAX_GIVEN - 1))] : given
}

/** A session as a save left it, with its patient as the same transaction left them. */
export type WrittenSession = { session: Session; patient: Patient }

export function sessionRepository(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  const note = (n: AuditNote) => appendAudit(db, clock, actor, n)
  const stamp = (): string => clock().toISOString()
  /**
   * The session the last create or update committed, so the page it opens next can paint it in
   * its first frame instead of waiting for its query; the query takes over from there.
   */
  let lastWritten: WrittenSession | null = null
  const remember = (
    result: Result<WrittenSession, WriteFailure | Conflict<Session>>
  ): GuardedResult<Session> => {
    if (!result.ok) return result
    lastWritten = result.value
    return ok(result.value.session)
  }

  async function write(
    id: string,
    apply: (s: Session, now: string) => GuardedResult<Session>,
    { clearsDraft = false, action }: { clearsDraft?: boolean; action: AuditAction }
  ): Promise<Result<WrittenSession, WriteFailure | Conflict<Session>>> {
    return guardCheckedWrite<WrittenSession, Session>(() =>
      db.transaction('rw', [db.sessions, db.patients, db.drafts, db.marks, db.audit], async () => {
        const current = await db.sessions.get(id)
        if (!current) return err(notFound('This session'))
        const now = stampAfter(clock(), current.updatedAt)
        const next = apply(current, now)
        if (!next.ok) return next
        await db.sessions.put(next.value)
        await writeMark(db.marks, next.value)
        const patient = await touchPatient(db, current.patientId, now)
        if (!patient) return err(notFound('This patient'))
        // The edit draft goes with the save, so a crash can never leave both behind.
        if (clearsDraft) await db.drafts.delete(`edit:${id}`)
        await note({ action, patientId: current.patientId, recordId: id })
        return ok({ session: next.value, patient })
      })
    )
  }

  /** The clinic's own measures are checked against Settings (the schema knows the reference's). */
  async function clinicMeasureCheck(measures: Session['measures']) {
    if (!measures.some((m) => m.measureId.startsWith('clinic-'))) return null
    const problems = await clinicMeasureProblems(db, measures, 'measures')
    return Object.keys(problems).length ? validationFailure(problems) : null
  }

  async function change(...args: Parameters<typeof write>): Promise<GuardedResult<Session>> {
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

    /**
     * Saves a new session. The form may name its id up front, so that a save interrupted by a
     * reload can tell afterwards whether it landed (see the session form's journal).
     */
    async create(
      patientId: string,
      input: unknown,
      { id = newId() }: { id?: string } = {}
    ): Promise<GuardedResult<Session>> {
      const valid = validate(sessionInputSchema, input)
      if (!valid.ok) return valid
      const clinicProblems = await clinicMeasureCheck(valid.value.measures)
      if (clinicProblems) return err(clinicProblems)
      const givenId = idSchema.safeParse(id)
      if (!givenId.success) return err(refused('This session’s id is not valid.'))
      const written = await guardCheckedWrite<WrittenSession, Session>(() =>
        db.transaction(
          'rw',
          [db.sessions, db.patients, db.drafts, db.marks, db.counts, db.audit],
          async () => {
            if (!(await db.patients.get(patientId))) return err(notFound('This patient'))
            const existing = await db.sessions.get(id)
            if (existing) return err(refused('A session with this id is already saved.'))
            const now = stamp()
            const session: Session = {
              ...valid.value,
              id,
              patientId,
              status: 'open',
              finalizedAt: null,
              finalizedBy: null,
              amendments: [],
              followUps: [],
              handouts: [],
              // Who entered the record, beside who treated (`therapist`).
              enteredBy: actor(),
              createdAt: now,
              updatedAt: now
            }
            await db.sessions.add(session)
            await writeMark(db.marks, session)
            await addToTally(db.counts, { sessions: 1 })
            const patient = await touchPatient(db, patientId, now)
            if (!patient) return err(notFound('This patient'))
            await db.drafts.delete(`new:${patientId}`)
            await note({ action: 'session-created', patientId, recordId: id })
            return ok({ session, patient })
          }
        )
      )
      return remember(written)
    },

    /**
     * Edits an open session; a finalised one only takes amendments. With `expectedUpdatedAt`
     * (the session as the form opened it), a change saved elsewhere since is refused as a
     * conflict rather than overwritten.
     */
    async update(
      id: string,
      input: unknown,
      { expectedUpdatedAt }: { expectedUpdatedAt?: string } = {}
    ): Promise<GuardedResult<Session>> {
      const valid = validate(sessionInputSchema, input)
      if (!valid.ok) return valid
      const clinicProblems = await clinicMeasureCheck(valid.value.measures)
      if (clinicProblems) return err(clinicProblems)
      return remember(
        await write(
          id,
          (current, now) =>
            current.status === 'final'
              ? err(refused('This session is finalised: add an amendment instead of editing it.'))
              : expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt
                ? err({
                    kind: 'conflict',
                    message: 'This session was changed elsewhere since you opened it.',
                    current
                  })
                : ok({ ...current, ...valid.value, updatedAt: now }),
          { clearsDraft: true, action: 'session-edited' }
        )
      )
    },

    async finalize(id: string, by: TherapistRef): Promise<GuardedResult<Session>> {
      const who = validate(therapistRefSchema, by)
      if (!who.ok) return who
      return change(
        id,
        (current, now) =>
          current.status === 'final'
            ? err(refused('This session is already finalised.'))
            : ok({
                ...current,
                status: 'final',
                finalizedAt: now,
                finalizedBy: who.value,
                updatedAt: now
              }),
        { action: 'session-finalised' }
      )
    },

    async amend(
      id: string,
      input: { text: string; by: TherapistRef }
    ): Promise<GuardedResult<Session>> {
      const amendment = validate(amendmentSchema, { ...input, id: newId(), at: stamp() })
      if (!amendment.ok) return amendment
      return change(
        id,
        (current, now) =>
          current.status !== 'final'
            ? err(refused('Only a finalised session takes amendments; edit it instead.'))
            : ok({
                ...current,
                amendments: [...current.amendments, amendment.value],
                updatedAt: now
              }),
        { action: 'session-amended' }
      )
    },

    /** Soreness at 24/48/72 h, recorded later (a phone follow-up); allowed on final sessions too. */
    async addFollowUp(id: string, input: unknown): Promise<GuardedResult<Session>> {
      const followUp = validate(followUpSchema, { ...(input as object), id: newId() })
      if (!followUp.ok) return followUp
      return change(
        id,
        (current, now) =>
          followUp.value.recordedAt < current.date
            ? err(
                validationFailure({
                  recordedAt: 'A follow-up is recorded after the session, not before it'
                })
              )
            : ok({ ...current, followUps: [...current.followUps, followUp.value], updatedAt: now }),
        { action: 'session-follow-up' }
      )
    },

    /**
     * Keeps the take-home sheet as it was handed out. The same sheet given again (a reprint)
     * adds the time to it; a different one (today's texts) is kept beside the earlier ones.
     * Allowed on finalised sessions: it records what happened, it does not change the note.
     */
    async recordHandout(
      id: string,
      input: { content: SheetContent; paperSize: 'A4' | 'Letter'; way: HandoutWay }
    ): Promise<GuardedResult<Session>> {
      const content = validate(sheetContentSchema, {
        ...input.content,
        clinic: { ...input.content.clinic, logoDataUrl: null }
      })
      if (!content.ok) return content
      return change(
        id,
        (current, now) => {
          const given = { at: clock().toISOString(), way: input.way }
          const same = current.handouts.find(
            (h) => h.paperSize === input.paperSize && isSameSheet(h.content, content.value)
          )
          const handouts: Handout[] = same
            ? current.handouts.map((h) =>
                h === same ? { ...h, given: keepGiven([...h.given, given]) } : h
              )
            : [
                ...current.handouts,
                { id: newId(), content: content.value, paperSize: input.paperSize, given: [given] }
              ]
          return ok({ ...current, handouts, updatedAt: now })
        },
        { action: input.way === 'saved-pdf' ? 'sheet-saved' : 'sheet-printed' }
      )
    },

    async remove(id: string): Promise<WriteResult<Session>> {
      return guardWrite(() =>
        db.transaction(
          'rw',
          [db.sessions, db.patients, db.drafts, db.marks, db.counts, db.audit],
          async () => {
            const current = await db.sessions.get(id)
            if (!current) return err(notFound('This session'))
            if (current.status === 'final')
              return err(
                refused('A finalised session is part of the record and cannot be deleted.')
              )
            await db.sessions.delete(id)
            await db.marks.delete(id)
            await addToTally(db.counts, { sessions: -1 })
            // Unsaved edits of a session that no longer exists would be a draft of nothing.
            await db.drafts.delete(`edit:${id}`)
            await touchPatient(db, current.patientId, stamp())
            await note({ action: 'session-deleted', patientId: current.patientId, recordId: id })
            return ok(current)
          }
        )
      )
    }
  }
}

export type SessionRepository = ReturnType<typeof sessionRepository>
