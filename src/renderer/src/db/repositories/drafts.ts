import { stampAfter } from '@shared/dates'
import { err, ok, type Result } from '@shared/result'
import type { Draft, RacepointDB } from '../database'
import {
  guardCheckedWrite,
  guardWrite,
  notFound,
  refused,
  type Clock,
  type Conflict,
  type WriteFailure,
  type WriteResult
} from './common'

/** The draft of a new session for a patient: one at a time per patient. */
export function newSessionDraftId(patientId: string): string {
  return `new:${patientId}`
}

/** The draft of changes to a saved (open) session. */
export function editSessionDraftId(sessionId: string): string {
  return `edit:${sessionId}`
}

export type DraftInput = {
  id: string
  patientId: string
  sessionId: string | null
  data: unknown
}

export type DraftWriteOptions = {
  /**
   * The draft's updatedAt as this form last wrote or read it (null: there was none). When the
   * stored draft differs, another window has written it since: the write is refused with
   * that draft, so neither window silently overwrites the other.
   */
  expectedUpdatedAt?: string | null
}

/**
 * Unsaved session forms. A draft is kept until its session is saved (the session repository
 * deletes it in the same transaction) or the therapist discards it on purpose. A draft exists
 * only for a patient (and, for an edit, an open session) that exists: checked in the write's
 * own transaction, so a patient deleted in another window never leaves one behind.
 */
/** Seals text kept outside the database (the unload journal) with the clinic's key. */
export type TextSealer = {
  seal: (text: string, context: string) => string | null
  open: (stored: string, context: string) => string | null
}

export function draftRepository(db: RacepointDB, clock: Clock) {
  return {
    journalSealer: {
      seal: (text, context) => db.vault.sealText(text, context),
      open: (stored, context) => db.vault.openText(stored, context)
    } satisfies TextSealer,

    get: (id: string): Promise<Draft | undefined> => db.drafts.get(id),

    /** A patient's drafts, newest first. */
    forPatient: async (patientId: string): Promise<Draft[]> =>
      (await db.drafts.where('patientId').equals(patientId).toArray()).sort((a, b) =>
        b.updatedAt.localeCompare(a.updatedAt)
      ),

    async put(
      input: DraftInput,
      { expectedUpdatedAt }: DraftWriteOptions = {}
    ): Promise<Result<Draft, WriteFailure | Conflict<Draft | null>>> {
      const isKnownKind =
        input.id === newSessionDraftId(input.patientId) ||
        (input.sessionId !== null && input.id === editSessionDraftId(input.sessionId))
      if (!isKnownKind)
        return err(refused('This draft does not belong to that patient or session.'))
      return guardCheckedWrite<Draft, Draft | null>(() =>
        db.transaction('rw', db.drafts, db.patients, db.sessions, async () => {
          const patient = await db.patients.get(input.patientId)
          if (!patient) return err(notFound('This patient'))
          if (input.sessionId !== null) {
            const session = await db.sessions.get(input.sessionId)
            if (!session || session.patientId !== input.patientId)
              return err(notFound('This session'))
            if (session.status === 'final')
              return err(refused('This session is finalised: its edits cannot be kept.'))
          }
          const current = (await db.drafts.get(input.id)) ?? null
          if (expectedUpdatedAt !== undefined) {
            if ((current?.updatedAt ?? null) !== expectedUpdatedAt) {
              return err({
                kind: 'conflict',
                message: 'This form was also changed in another window.',
                current
              })
            }
          }
          // Each write's stamp is later than the last, even within one millisecond or on a
          // clock set back, so a stamp names one version of the draft.
          const draft: Draft = { ...input, updatedAt: stampAfter(clock(), current?.updatedAt) }
          await db.drafts.put(draft)
          return ok(draft)
        })
      )
    },

    async remove(id: string): Promise<WriteResult<null>> {
      return guardWrite(async () => {
        await db.drafts.delete(id)
        return ok(null)
      })
    }
  }
}

export type DraftRepository = ReturnType<typeof draftRepository>
