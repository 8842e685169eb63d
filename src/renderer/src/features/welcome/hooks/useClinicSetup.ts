import { useMemo } from 'react'
import { newId } from '@shared/ids'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { useRunWrite } from '@renderer/lib/writes'
import { DEMO_SIGN_INS } from '@shared/demo/signIns'
import { hashSecret } from '@shared/domain/auth/hash'
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
        // The demo therapists' passphrases, hashed as any other (shown on this screen).
        const credentials = await Promise.all(
          DEMO_SIGN_INS.map(async (d) => ({
            id: d.therapistId,
            ...(await hashSecret(d.passphrase)),
            failures: 0,
            lastFailureAt: null,
            updatedAt: now.toISOString()
          }))
        )
        return run(
          import('@shared/demo/demoClinic').then(({ generateDemoClinic }) =>
            clinic.loadDemo(generateDemoClinic(now), credentials)
          ),
          { failure: 'none' }
        )
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
