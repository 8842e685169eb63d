import { useMemo } from 'react'
import { newId } from '@shared/ids'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { useRunWrite } from '@renderer/lib/writes'
import { DEMO_SIGN_INS } from '@shared/demo/signIns'
import { restartApp } from '@renderer/lib/restart'
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
      // The demo generator loads only when a clinic asks for the demo.
      loadDemo: async () => {
        const now = clock()
        // Sealed from the start, under the demo therapists' passphrases (shown on this screen).
        const result = await run(
          import('@shared/demo/demoClinic').then(({ generateDemoClinic }) =>
            clinic.startDemo(generateDemoClinic(now), DEMO_SIGN_INS, now)
          ),
          { failure: 'none' }
        )
        if (result.ok) restartApp({ dataKey: null })
        return result
      },
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
            // The first therapist owns the clinic; they set their passphrase next.
            ownerId: therapistId,
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
