import { useRepositories } from '@renderer/lib/data'

/** The race repository's writes, for components (they never reach the database). */
export function useRaceRepository() {
  return useRepositories().races
}
