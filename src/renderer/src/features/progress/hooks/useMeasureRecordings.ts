import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { useRepositories } from '@renderer/lib/data'
import { useRunWrite } from '@renderer/lib/writes'

/** The patient's measures recorded between visits, oldest first; undefined while loading. */
export function useMeasureRecordings(patientId: string): MeasureRecording[] | undefined {
  const { measures } = useRepositories()
  return useLiveQuery(() => measures.forPatient(patientId), [measures, patientId])
}

/** Recording measures between visits, each write saying how it went (see lib/writes). */
export function useMeasureWrites() {
  const { measures } = useRepositories()
  const run = useRunWrite()
  return useMemo(
    () => ({
      create: (patientId: string, input: unknown) =>
        run(measures.create(patientId, input), {
          success: 'Measures recorded',
          failure: 'fields'
        }),
      remove: (recording: MeasureRecording) =>
        run(measures.remove(recording.id), { success: 'Recording deleted' })
    }),
    [measures, run]
  )
}
