import type { Settings } from '@shared/domain/settings'
import { PatientFormPage } from '../features/patients/components/PatientFormPage'
import { PatientListPage } from '../features/patients/components/PatientListPage'
import { PatientPage } from '../features/patients/components/PatientPage'
import { TrashPage } from '../features/patients/components/TrashPage'
import { RacesPage } from '../features/races/components/RacesPage'
import { SessionFormPage } from '../features/sessions/components/SessionFormPage'
import { SessionPage } from '../features/sessions/components/SessionPage'
import { SettingsPage } from '../features/settings/components/SettingsPage'
import { SheetPage } from '../features/sheets/components/SheetPage'
import { TodayPage } from '../features/today/components/TodayPage'
import { NotFoundPage } from './NotFoundPage'
import type { Route } from './routes'

export type ScreenProps = { route: Route; settings: Settings }

/** The page for each route. */
export function Screen({ route, settings }: ScreenProps) {
  switch (route.name) {
    case 'today':
      return <TodayPage settings={settings} />
    case 'patients':
      return <PatientListPage />
    case 'patient':
      return (
        <PatientPage
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
      return <SettingsPage settings={settings} />
    default:
      return <NotFoundPage />
  }
}
