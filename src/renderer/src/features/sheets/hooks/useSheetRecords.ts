import { useLiveQuery } from 'dexie-react-hooks'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { useRepositories } from '@renderer/lib/data'

export type SheetRecords = {
  session: Session
  patient: Patient
  races: Race[]
  history: Session[]
  recordings: MeasureRecording[]
}

/**
 * The saved session a sheet is made from, with its patient and their races; null when the
 * session does not exist or belongs to another patient, undefined while loading.
 */
export function useSheetRecords(
  patientId: string,
  sessionId: string
): SheetRecords | null | undefined {
  const { sessions, patients, races, measures } = useRepositories()
  return useLiveQuery(async () => {
    const [session, patient, patientRaces, history, recordings] = await Promise.all([
      sessions.get(sessionId),
      patients.get(patientId),
      races.forPatient(patientId),
      sessions.forPatient(patientId),
      measures.forPatient(patientId)
    ])
    if (!session || !patient || session.patientId !== patientId) return null
    return { session, patient, races: patientRaces, history, recordings }
  }, [sessions, patients, races, measures, patientId, sessionId])
}
