import { useLiveQuery } from 'dexie-react-hooks'
import type { IsoDate } from '@shared/dates'
import { useRepositories } from '@renderer/lib/data'
import { horizonEnd, type ClinicRace } from '../model/raceWeeks'

/** Every active patient's races from today to the end of the `weeks`-th week. */
export function useRaceCalendar(today: IsoDate, weeks: number): ClinicRace[] | undefined {
  const { races, patients } = useRepositories()
  return useLiveQuery(async () => {
    const list = await races.between(today, horizonEnd(today, weeks))
    // One bulk read for the owners: many races share a patient.
    const owners = await patients.getMany([...new Set(list.map((r) => r.patientId))])
    const byId = new Map(owners.map((p) => [p.id, p]))
    return list.flatMap((race) => {
      const patient = byId.get(race.patientId)
      return patient?.status === 'active' ? [{ race, patient }] : []
    })
  }, [races, patients, today, weeks])
}
