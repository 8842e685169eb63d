import { useLiveQuery } from 'dexie-react-hooks'
import type { ClinicCounts } from '@renderer/db/repositories/clinic'
import { useRepositories } from '@renderer/lib/data'

/** How many patients, races and sessions the clinic holds; undefined while loading. */
export function useClinicCounts(): ClinicCounts | undefined {
  const { clinic } = useRepositories()
  return useLiveQuery(() => clinic.counts(), [clinic])
}
