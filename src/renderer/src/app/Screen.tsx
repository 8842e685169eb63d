import { lazy, Suspense } from 'react'
import type { Settings } from '@shared/domain/settings'
import { PatientListPage } from '@renderer/features/patients/components/PatientListPage'
import { TodayPage } from '@renderer/features/today/components/TodayPage'
import { NotFoundPage } from './NotFoundPage'
import { PatientScreen } from './PatientScreen'
import type { Route } from '@renderer/lib/routes'

// Screens other than Today, the patient list and a patient's page load when first opened, so
// start-up loads only what the first screen needs: the session form and record, the take-home
// sheet, races, the trash, and Settings (with backups and exports).
const PatientFormPage = lazy(() =>
  import('@renderer/features/patients/components/PatientFormPage').then((m) => ({
    default: m.PatientFormPage
  }))
)
const TrashPage = lazy(() =>
  import('@renderer/features/patients/components/TrashPage').then((m) => ({ default: m.TrashPage }))
)
const RacesPage = lazy(() =>
  import('@renderer/features/races/components/RacesPage').then((m) => ({ default: m.RacesPage }))
)
const SessionFormPage = lazy(() =>
  import('@renderer/features/sessions/components/form/SessionFormPage').then((m) => ({
    default: m.SessionFormPage
  }))
)
const SessionPage = lazy(() =>
  import('@renderer/features/sessions/components/record/SessionPage').then((m) => ({
    default: m.SessionPage
  }))
)
const SheetPage = lazy(() =>
  import('@renderer/features/sheets/components/SheetPage').then((m) => ({ default: m.SheetPage }))
)
const SettingsScreen = lazy(() =>
  import('./SettingsScreen').then((m) => ({ default: m.SettingsScreen }))
)

export type ScreenProps = { route: Route; settings: Settings }

/** The page for each route. */
export function Screen(props: ScreenProps) {
  return (
    <Suspense fallback={<div className="page" aria-busy="true" />}>
      <RouteScreen {...props} />
    </Suspense>
  )
}

function RouteScreen({ route, settings }: ScreenProps) {
  switch (route.name) {
    case 'today':
      return route.list ? (
        <TodayPage key={route.list} settings={settings} list={route.list} />
      ) : (
        <TodayPage settings={settings} />
      )
    case 'patients':
      return <PatientListPage />
    case 'patient':
      return (
        <PatientScreen
          key={route.patientId}
          patientId={route.patientId}
          tab={route.tab}
          settings={settings}
        />
      )
    case 'patient-new':
      return <PatientFormPage key="new" settings={settings} />
    case 'patient-edit':
      return (
        <PatientFormPage key={route.patientId} patientId={route.patientId} settings={settings} />
      )
    case 'trash':
      return <TrashPage />
    case 'session-new':
      return (
        <SessionFormPage
          key={`new:${route.patientId}`}
          patientId={route.patientId}
          settings={settings}
        />
      )
    case 'session-edit':
      return (
        <SessionFormPage
          key={`edit:${route.sessionId}`}
          patientId={route.patientId}
          sessionId={route.sessionId}
          settings={settings}
        />
      )
    case 'session':
      return (
        <SessionPage
          key={route.sessionId}
          patientId={route.patientId}
          sessionId={route.sessionId}
          settings={settings}
        />
      )
    case 'session-sheet':
      return (
        <SheetPage
          key={route.sessionId}
          patientId={route.patientId}
          sessionId={route.sessionId}
          settings={settings}
        />
      )
    case 'races':
      return <RacesPage settings={settings} />
    case 'settings':
      return <SettingsScreen settings={settings} />
    default:
      return <NotFoundPage />
  }
}
