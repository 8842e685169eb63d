import { useLiveQuery } from 'dexie-react-hooks'
import { addDaysToDate, type IsoDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { useRepositories } from '../../../app/DataProvider'

export type RaceSoon = { race: Race; patient: Patient }

/** Races of active patients from today to `days` ahead, soonest first. */
export function useRacesSoon(today: IsoDate, days: number): RaceSoon[] | undefined {
  const { races, patients } = useRepositories()
  return useLiveQuery(async () => {
    const list = await races.between(today, addDaysToDate(today, days))
    const owners = await Promise.all(list.map((r) => patients.get(r.patientId)))
    return list.flatMap((race, i) => {
      const patient = owners[i]
      return patient && patient.status === 'active' ? [{ race, patient }] : []
    })
  }, [races, patients, today, days])
}

export type SessionToday = { session: Session; patient: Patient | undefined }

export function useSessionsOn(day: IsoDate): SessionToday[] | undefined {
  const { sessions, patients } = useRepositories()
  return useLiveQuery(async () => {
    const list = await sessions.between(day, day)
    const owners = await Promise.all(list.map((s) => patients.get(s.patientId)))
    return list.map((session, i) => ({ session, patient: owners[i] }))
  }, [sessions, patients, day])
}
