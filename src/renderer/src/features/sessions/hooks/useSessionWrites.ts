import { useMemo, useState } from 'react'
import type { Result } from '@shared/result'
import type { TherapistRef } from '@shared/domain/session'
import { useRepositories } from '@renderer/lib/data'
import { useRunWrite } from '@renderer/lib/writes'

export type FollowUpEntry = {
  checkpoint: string
  recordedAt: string
  soreness: number | null
  note: string
}

/**
 * Changes to a saved session from its page: finalise, amend, add a follow-up. Field messages
 * come back for the form that asked (see fieldErrorsOf); anything else is said in a message.
 */
export function useSessionRecordWrites(sessionId: string) {
  const { sessions } = useRepositories()
  const run = useRunWrite()
  const [isBusy, setIsBusy] = useState(false)

  async function busy<T, E>(write: Promise<Result<T, E>>): Promise<Result<T, E>> {
    setIsBusy(true)
    try {
      return await write
    } finally {
      setIsBusy(false)
    }
  }

  return {
    isBusy,
    finalize: (by: TherapistRef) =>
      busy(
        run(sessions.finalize(sessionId, by), {
          success: 'Session finalised and signed',
          failure: 'fields'
        })
      ),
    amend: (text: string, by: TherapistRef) =>
      busy(
        run(sessions.amend(sessionId, { text, by }), {
          success: 'Amendment added',
          failure: 'fields'
        })
      ),
    addFollowUp: (entry: FollowUpEntry) =>
      busy(
        run(sessions.addFollowUp(sessionId, entry), {
          success: 'Follow-up added',
          failure: 'fields'
        })
      )
  }
}

/**
 * The session form's writes. The form says itself why a save was refused (next to the fields
 * and in its footer), so failures are handed back without a message of their own.
 */
export function useSessionFormWrites() {
  const { sessions, drafts } = useRepositories()
  const run = useRunWrite()
  return useMemo(
    () => ({
      create: (patientId: string, input: unknown, id: string) =>
        run(sessions.create(patientId, input, { id }), {
          success: 'Session saved',
          failure: 'none'
        }),
      /** `expectedUpdatedAt`: the session as the form opened it; a later save is a conflict. */
      update: (sessionId: string, input: unknown, expectedUpdatedAt: string) =>
        run(sessions.update(sessionId, input, { expectedUpdatedAt }), {
          success: 'Changes saved',
          failure: 'none'
        }),
      discardDraft: (draftId: string) => run(drafts.remove(draftId), { success: 'Draft discarded' })
    }),
    [sessions, drafts, run]
  )
}
