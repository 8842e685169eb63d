import { useState } from 'react'
import type { Session, TherapistRef } from '@shared/domain/session'
import { useRepositories } from '../../../app/DataProvider'
import { useNotify } from '../../../components/Toasts'
import type { WriteResult } from '../../../db/repositories'

export type ActionOutcome = { ok: true } | { ok: false; fields: Record<string, string> }

/**
 * Changes to a saved session from its page: finalise, amend, add a follow-up. Field messages
 * come back for the form that asked; anything else is said in a toast.
 */
export function useSessionActions(sessionId: string) {
  const { sessions } = useRepositories()
  const notify = useNotify()
  const [isBusy, setIsBusy] = useState(false)

  async function run(
    write: () => Promise<WriteResult<Session>>,
    done: string
  ): Promise<ActionOutcome> {
    setIsBusy(true)
    const result = await write()
    setIsBusy(false)
    if (result.ok) {
      notify(done)
      return { ok: true }
    }
    if (result.error.kind === 'validation') return { ok: false, fields: result.error.fields }
    notify(result.error.message, { isError: true })
    return { ok: false, fields: {} }
  }

  return {
    isBusy,
    finalize: (by: TherapistRef) =>
      run(() => sessions.finalize(sessionId, by), 'Session finalised and signed'),
    amend: (text: string, by: TherapistRef) =>
      run(() => sessions.amend(sessionId, { text, by }), 'Amendment added'),
    addFollowUp: (input: {
      checkpoint: string
      recordedAt: string
      soreness: number | null
      note: string
    }) => run(() => sessions.addFollowUp(sessionId, input), 'Follow-up added')
  }
}
