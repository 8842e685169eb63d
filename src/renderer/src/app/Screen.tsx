import type { Settings } from '@shared/domain/settings'
import { PatientFormPage } from '@renderer/features/patients/components/PatientFormPage'
import { PatientListPage } from '@renderer/features/patients/components/PatientListPage'
import { TrashPage } from '@renderer/features/patients/components/TrashPage'
import { RacesPage } from '@renderer/features/races/components/RacesPage'
import { SessionFormPage } from '@renderer/features/sessions/components/form/SessionFormPage'
import { SessionPage } from '@renderer/features/sessions/components/record/SessionPage'
import { SheetPage } from '@renderer/features/sheets/components/SheetPage'
import { TodayPage } from '@renderer/features/today/components/TodayPage'
import { NotFoundPage } from './NotFoundPage'
import { PatientScreen } from './PatientScreen'
import { SettingsScreen } from './SettingsScreen'
import type { Route } from '@renderer/lib/routes'

export type ScreenProps = { route: Route; settings: Settings }

/** The page for each route. */
export function Screen({ route, settings }: ScreenProps) {
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
