import { Suspense } from 'react'
import type { Settings } from '@shared/domain/settings'
import { injuredSideOf } from '@shared/domain/measures/symmetry'
import { lazyScreen } from '@renderer/lib/lazyScreen'
import type { PatientTab } from '@renderer/lib/routes'
import {
  PatientPage,
  type PatientPageSlots
} from '@renderer/features/patients/components/PatientPage'
import { PatientRaces } from '@renderer/features/races/components/PatientRaces'
import { AccessHistory } from '@renderer/features/audit/components/AccessHistory'
import { SessionDraftNotice } from '@renderer/features/sessions/components/draft/SessionDraftNotice'

/** The charts (recharts) load when a patient's Progress is first opened. */
const progress = lazyScreen(
  () => import('@renderer/features/progress/components/ProgressView'),
  (m) => m.ProgressView
)
const ProgressView = progress.Screen

export type PatientScreenProps = { patientId: string; tab: PatientTab; settings: Settings }

/** A patient's page, with the parts other features own: their races, progress and drafts. */
export function PatientScreen({ patientId, tab, settings }: PatientScreenProps) {
  const slots: PatientPageSlots = {
    notices: ({ patient }) => <SessionDraftNotice patientId={patient.id} />,
    races: ({ patient, races, today }) => (
      <PatientRaces patient={patient} races={races} today={today} units={settings.units} />
    ),
    history: ({ patient }) => <AccessHistory patientId={patient.id} />,
    progress: ({ patient, sessions, races }) => (
      <Suspense fallback={<div aria-busy="true" className="progress-loading" />}>
        <ProgressView
          patientId={patient.id}
          injuredSide={injuredSideOf(patient.diagnoses)}
          sessions={sessions}
          races={races}
          settings={settings}
        />
      </Suspense>
    )
  }
  return <PatientPage patientId={patientId} tab={tab} settings={settings} slots={slots} />
}
