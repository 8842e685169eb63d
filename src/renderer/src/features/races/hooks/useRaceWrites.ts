import { useMemo } from 'react'
import type { Race } from '@shared/domain/race'
import { useRepositories } from '@renderer/lib/data'
import { useRunWrite } from '@renderer/lib/writes'

/** Changes to a patient's race calendar, each saying how it went (see lib/writes). */
export function useRaceWrites() {
  const { races } = useRepositories()
  const run = useRunWrite()
  return useMemo(
    () => ({
      create: (patientId: string, input: unknown) =>
        run(races.create(patientId, input), {
          success: (race) => `${race.name} added to the calendar`
        }),
      /** Refused as a conflict when the race changed since `base` was read. */
      update: (base: Race, input: unknown) =>
        run(races.update(base.id, input, { expectedUpdatedAt: base.updatedAt }), {
          success: 'Race saved'
        }),
      remove: (race: Race) => run(races.remove(race.id), { success: `${race.name} deleted` })
    }),
    [races, run]
  )
}
