import { useMemo } from 'react'
import { newId } from '@shared/ids'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { useRunWrite } from '@renderer/lib/writes'
import { generateDemoClinic } from '@shared/demo/demoClinic'
import type { PaperSize } from '@shared/domain/settings'

export type EmptyClinicDetails = {
  clinicName: string
  therapistName: string
  credentials: string
  units: 'km' | 'mi'
  paperSize: PaperSize
}

/** The two ways to start: the demo clinic, or an empty clinic with its first therapist. */
export function useClinicSetup() {
  const { clinic, settings } = useRepositories()
  const clock = useClock()
  const run = useRunWrite()
  return useMemo(
    () => ({
      loadDemo: () => run(clinic.loadDemo(generateDemoClinic(clock())), { failure: 'none' }),
      startEmpty: (details: EmptyClinicDetails) => {
        const therapistId = newId()
        return run(
          settings.update({
            isSetUp: true,
            clinic: {
              name: details.clinicName,
              address: '',
              phone: '',
              email: '',
              logoDataUrl: null
            },
            therapists: [
              {
                id: therapistId,
                name: details.therapistName,
                credentials: details.credentials,
                isActive: true
              }
            ],
            defaultTherapistId: therapistId,
            units: details.units,
            paperSize: details.paperSize
          }),
          { failure: 'none' }
        )
      }
    }),
    [clinic, settings, clock, run]
  )
}
