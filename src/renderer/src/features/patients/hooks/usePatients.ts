import { useLiveQuery } from 'dexie-react-hooks'
import type { IsoDate } from '@shared/dates'
import type { Patient, PatientStatus } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Retention } from '@renderer/db/repositories/patients'
import { useRepositories } from '@renderer/lib/data'
import type { PatientSort } from '@renderer/db/repositories/patients'

export type PatientListRow = { patient: Patient; nextRace: Race | null }

/**
 * Patients for the list: a search when there is a query, else the first page in the chosen
 * order, each with their next race. Undefined while loading.
 */
export function usePatientRows(
  query: string,
  {
    status = 'active',
    sort = 'recent',
    today,
    limit = 100
  }: { status?: PatientStatus; sort?: PatientSort; today: IsoDate; limit?: number }
): PatientListRow[] | undefined {
  const { patients, races } = useRepositories()
  return useLiveQuery(async () => {
    const rows = query.trim()
      ? await patients.search(query, { status, limit })
      : await patients.list({ status, sort, limit })
    const nextRaces = await Promise.all(rows.map((p) => races.nextForPatient(p.id, today)))
    return rows.map((patient, i) => ({ patient, nextRace: nextRaces[i] ?? null }))
  }, [patients, races, query, status, sort, today, limit])
}

export function usePatientCount(status: PatientStatus = 'active'): number | undefined {
  const { patients } = useRepositories()
  return useLiveQuery(() => patients.count(status), [patients, status])
}

/** One patient; null when there is no such patient, undefined while loading. */
export function usePatient(id: string): Patient | null | undefined {
  const { patients } = useRepositories()
  return useLiveQuery(async () => (await patients.get(id)) ?? null, [patients, id])
}

export function usePatientRaces(id: string): Race[] | undefined {
  const { races } = useRepositories()
  return useLiveQuery(() => races.forPatient(id), [races, id])
}

export function usePatientSessions(id: string): Session[] | undefined {
  const { sessions } = useRepositories()
  return useLiveQuery(() => sessions.forPatient(id), [sessions, id])
}

export type TrashedPatient = {
  patient: Patient
  sessions: number
  races: number
  /** The signed sessions that hold the record back from deletion, and until when. */
  retention: Retention
}

/**
 * The first `limit` patients in the trash by name (the index order, so a longer page only
 * adds rows below), with what would go with them: the trash is read a page at a time, never
 * whole.
 */
export function useTrashedPatients(limit: number): TrashedPatient[] | undefined {
  const { patients } = useRepositories()
  return useLiveQuery(async () => {
    const trashed = await patients.list({ status: 'trashed', sort: 'name', limit })
    const [related, retention] = await Promise.all([
      Promise.all(trashed.map((p) => patients.related(p.id))),
      Promise.all(trashed.map((p) => patients.retention(p.id)))
    ])
    return trashed.map((patient, i) => ({ patient, ...related[i]!, retention: retention[i]! }))
  }, [patients, limit])
}

/** What goes with a patient if they are deleted: their sessions and races. */
export function usePatientRelated(id: string): { sessions: number; races: number } | undefined {
  const { patients } = useRepositories()
  return useLiveQuery(() => patients.related(id), [patients, id])
}
