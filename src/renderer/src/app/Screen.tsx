import type { Settings } from '@shared/domain/settings'
import { PatientListPage } from '../features/patients/components/PatientListPage'
import { PatientPage } from '../features/patients/components/PatientPage'
import { RacesPage } from '../features/races/components/RacesPage'
import { SessionFormPage } from '../features/sessions/components/SessionFormPage'
import { SessionPage } from '../features/sessions/components/SessionPage'
import { SettingsPage } from '../features/settings/components/SettingsPage'
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
    case 'races':
      return <RacesPage />
    case 'settings':
      return <SettingsPage settings={settings} />
    default:
      return <NotFoundPage />
  }
}
