import { useLiveQuery } from 'dexie-react-hooks'
import type { Draft } from '../../../db/database'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { useRepositories } from '../../../app/DataProvider'
import { editSessionDraftId } from '../../../db/repositories/drafts'

/** A saved session; null when there is none, undefined while loading. */
export function useSession(sessionId: string): Session | null | undefined {
  const { sessions } = useRepositories()
  return useLiveQuery(async () => (await sessions.get(sessionId)) ?? null, [sessions, sessionId])
}

export function useSessionPatient(patientId: string): Patient | null | undefined {
  const { patients } = useRepositories()
  return useLiveQuery(async () => (await patients.get(patientId)) ?? null, [patients, patientId])
}

export function useRacesOf(patientId: string): Race[] | undefined {
  const { races } = useRepositories()
  return useLiveQuery(() => races.forPatient(patientId), [races, patientId])
}

/** Unsaved edits to a saved session, if the form was left without saving them. */
export function useEditDraft(sessionId: string): Draft | null | undefined {
  const { drafts } = useRepositories()
  return useLiveQuery(
    async () => (await drafts.get(editSessionDraftId(sessionId))) ?? null,
    [drafts, sessionId]
  )
}
