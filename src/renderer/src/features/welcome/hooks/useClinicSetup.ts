import { useMemo } from 'react'
import { newId } from '@shared/ids'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { useRunWrite } from '@renderer/lib/writes'

export type EmptyClinicDetails = {
  clinicName: string
  therapistName: string
  credentials: string
  units: 'km' | 'mi'
}

/** The two ways to start: the demo clinic, or an empty clinic with its first therapist. */
export function useClinicSetup() {
  const { clinic, settings } = useRepositories()
  const clock = useClock()
  const run = useRunWrite()
  return useMemo(
    () => ({
      // The demo generator loads only when a clinic asks for the demo.
      loadDemo: () =>
        run(
          import('@shared/demo/demoClinic').then(({ generateDemoClinic }) =>
            clinic.loadDemo(generateDemoClinic(clock()))
          ),
          { failure: 'none' }
        ),
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
            units: details.units
          }),
          { failure: 'none' }
        )
      }
    }),
    [clinic, settings, clock, run]
  )
}
