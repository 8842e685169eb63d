import { Suspense, useEffect } from 'react'
import type { Settings } from '@shared/domain/settings'
import { PatientListPage } from '@renderer/features/patients/components/PatientListPage'
import { TodayPage } from '@renderer/features/today/components/TodayPage'
import { NotFoundPage } from './NotFoundPage'
import { PatientScreen } from './PatientScreen'
import { lazyScreen } from '@renderer/lib/lazyScreen'
import type { Route } from '@renderer/lib/routes'

// Screens other than Today, the patient list and a patient's page load when first opened, so
// start-up loads only what the first screen needs: the session form and record, the take-home
// sheet, races, the trash, and Settings (with backups and exports).
const patientForm = lazyScreen(
  () => import('@renderer/features/patients/components/PatientFormPage'),
  (m) => m.PatientFormPage
)
const trash = lazyScreen(
  () => import('@renderer/features/patients/components/TrashPage'),
  (m) => m.TrashPage
)
const races = lazyScreen(
  () => import('@renderer/features/races/components/RacesPage'),
  (m) => m.RacesPage
)
const sessionForm = lazyScreen(
  () => import('@renderer/features/sessions/components/form/SessionFormPage'),
  (m) => m.SessionFormPage
)
const sessionRecord = lazyScreen(
  () => import('@renderer/features/sessions/components/record/SessionPage'),
  (m) => m.SessionPage
)
const sheet = lazyScreen(
  () => import('@renderer/features/sheets/components/SheetPage'),
  (m) => m.SheetPage
)
const settingsScreen = lazyScreen(
  () => import('./SettingsScreen'),
  (m) => m.SettingsScreen
)
const PatientFormPage = patientForm.Screen
const TrashPage = trash.Screen
const RacesPage = races.Screen
const SessionFormPage = sessionForm.Screen
const SessionPage = sessionRecord.Screen
const SheetPage = sheet.Screen
const SettingsScreen = settingsScreen.Screen

/**
 * The screens a therapist goes to next from this one, loaded while the browser is idle on
 * this one, so they open at once: a patient's page leads to the session form, Save on the
 * form to the saved record, the record to its take-home sheet. (The charts, a larger load,
 * wait for Progress to be opened.)
 */
const NEXT_SCREENS: Partial<Record<Route['name'], readonly (() => Promise<void>)[]>> = {
  patient: [sessionForm.preload],
  'session-new': [sessionRecord.preload],
  'session-edit': [sessionRecord.preload],
  session: [sheet.preload, sessionForm.preload]
}

function useNextScreensLoaded(name: Route['name']): void {
  useEffect(() => {
    const next = NEXT_SCREENS[name]
    if (!next) return
    // A failed load is left for the screen itself to report when it is opened.
    const run = () => next.forEach((preload) => void preload().catch(() => undefined))
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 500)
      return () => clearTimeout(timer)
    }
    const idle = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(idle)
  }, [name])
}

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
  useNextScreensLoaded(route.name)
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
