import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { useRepositories } from '@renderer/lib/data'
import type { Draft } from '@renderer/db/database'
import { editSessionDraftId, newSessionDraftId } from '@renderer/db/repositories/drafts'

export type SessionView = {
  /** null when there is no such session. */
  session: Session | null
  patient: Patient | null
  /** Unsaved edits to the session, if the form was left without saving them. */
  editDraft: Draft | null
}

/** A saved session with its patient and any unsaved edits; undefined while loading. */
export function useSessionView(patientId: string, sessionId: string): SessionView | undefined {
  const { sessions, patients, drafts } = useRepositories()
  // A session the form has just saved paints in the first frame; used once, so a later visit
  // reads the database like any other.
  const handed = sessions.justWritten(sessionId)
  useEffect(() => {
    sessions.forgetWritten(sessionId)
  }, [sessions, sessionId])
  return useLiveQuery(
    async (): Promise<SessionView> => {
      const [session, patient, editDraft] = await Promise.all([
        sessions.get(sessionId),
        patients.get(patientId),
        drafts.get(editSessionDraftId(sessionId))
      ])
      return { session: session ?? null, patient: patient ?? null, editDraft: editDraft ?? null }
    },
    [sessions, patients, drafts, patientId, sessionId],
    handed ? { session: handed.session, patient: handed.patient, editDraft: null } : undefined
  )
}

export function useRacesOf(patientId: string): Race[] | undefined {
  const { races } = useRepositories()
  return useLiveQuery(() => races.forPatient(patientId), [races, patientId])
}

/** The unsaved new-session form of a patient, if one was started; undefined while loading. */
export function useNewSessionDraft(patientId: string): Draft | null | undefined {
  const { drafts } = useRepositories()
  return useLiveQuery(
    async () => (await drafts.get(newSessionDraftId(patientId))) ?? null,
    [drafts, patientId]
  )
}
