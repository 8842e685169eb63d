import { err, ok } from '@shared/result'
import type { Draft, RacepointDB } from '../database'
import { guardWrite, refused, type Clock, type WriteResult } from './common'

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

/**
 * Unsaved session forms. A draft is kept until its session is saved (the session repository
 * deletes it in the same transaction) or the therapist discards it on purpose.
 */
export function draftRepository(db: RacepointDB, clock: Clock) {
  return {
    get: (id: string): Promise<Draft | undefined> => db.drafts.get(id),

    /** A patient's drafts, newest first. */
    forPatient: async (patientId: string): Promise<Draft[]> =>
      (await db.drafts.where('patientId').equals(patientId).toArray()).sort((a, b) =>
        b.updatedAt.localeCompare(a.updatedAt)
      ),

    async put(input: DraftInput): Promise<WriteResult<Draft>> {
      const isKnownKind =
        input.id === newSessionDraftId(input.patientId) ||
        (input.sessionId !== null && input.id === editSessionDraftId(input.sessionId))
      if (!isKnownKind)
        return err(refused('This draft does not belong to that patient or session.'))
      return guardWrite(async () => {
        const draft: Draft = { ...input, updatedAt: clock().toISOString() }
        await db.drafts.put(draft)
        return ok(draft)
      })
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
