import type { Settings } from '@shared/domain/settings'
import { PatientListPage } from '../features/patients/components/PatientListPage'
import { PatientPage } from '../features/patients/components/PatientPage'
import { RacesPage } from '../features/races/components/RacesPage'
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
      return <RacesPage />
    case 'settings':
      return <SettingsPage settings={settings} />
    default:
      return <NotFoundPage />
  }
}
