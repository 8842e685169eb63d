/**
 * The app's places, addressed by the URL hash (#/patients/abc) so that any screen survives a
 * reload and works the same under app:// and in a plain browser.
 */
export type PatientTab = 'overview' | 'sessions' | 'races' | 'progress'

/** A Today list shown whole, a page at a time (the Today screen shows the first few of each). */
export type TodayList = 'appointments' | 'week' | 'follow-ups' | 'races' | 'a-races' | 'adverse'
export const TODAY_LISTS: readonly TodayList[] = [
  'appointments',
  'week',
  'follow-ups',
  'races',
  'a-races',
  'adverse'
]

export type Route =
  | { name: 'today'; list?: TodayList }
  | { name: 'patients' }
  | { name: 'patient-new' }
  | { name: 'patient'; patientId: string; tab: PatientTab }
  | { name: 'patient-edit'; patientId: string }
  | { name: 'session-new'; patientId: string }
  | { name: 'session'; patientId: string; sessionId: string }
  | { name: 'session-edit'; patientId: string; sessionId: string }
  | { name: 'session-sheet'; patientId: string; sessionId: string }
  | { name: 'races' }
  | { name: 'settings' }
  | { name: 'trash' }
  | { name: 'not-found'; path: string }

const TABS: readonly PatientTab[] = ['overview', 'sessions', 'races', 'progress']

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/today'
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const [first, id, second, sessionId, third] = parts
  switch (first) {
    case 'today':
      if (parts.length === 1) return { name: 'today' }
      if (parts.length === 2 && (TODAY_LISTS as readonly string[]).includes(id!)) {
        return { name: 'today', list: id as TodayList }
      }
      break
    case 'races':
      if (parts.length === 1) return { name: 'races' }
      break
    case 'settings':
      if (parts.length === 1) return { name: 'settings' }
      break
    case 'trash':
      if (parts.length === 1) return { name: 'trash' }
      break
    case 'patients':
      if (!id) return { name: 'patients' }
      if (id === 'new' && parts.length === 2) return { name: 'patient-new' }
      if (!second) return { name: 'patient', patientId: id, tab: 'overview' }
      if (second === 'edit' && parts.length === 3) return { name: 'patient-edit', patientId: id }
      if ((TABS as readonly string[]).includes(second) && parts.length === 3) {
        return { name: 'patient', patientId: id, tab: second as PatientTab }
      }
      if (second === 'sessions' && sessionId === 'new' && parts.length === 4)
        return { name: 'session-new', patientId: id }
      if (second === 'sessions' && sessionId && !third)
        return { name: 'session', patientId: id, sessionId }
      if (second === 'sessions' && sessionId && third === 'sheet' && parts.length === 5) {
        return { name: 'session-sheet', patientId: id, sessionId }
      }
      if (second === 'sessions' && sessionId && third === 'edit' && parts.length === 5) {
        return { name: 'session-edit', patientId: id, sessionId }
      }
      break
  }
  return { name: 'not-found', path }
}

export function routeHref(route: Route): string {
  const e = encodeURIComponent
  switch (route.name) {
    case 'today':
      return route.list ? `#/today/${route.list}` : '#/today'
    case 'patients':
    case 'races':
    case 'settings':
    case 'trash':
      return `#/${route.name}`
    case 'patient-new':
      return '#/patients/new'
    case 'patient':
      return route.tab === 'overview'
        ? `#/patients/${e(route.patientId)}`
        : `#/patients/${e(route.patientId)}/${route.tab}`
    case 'patient-edit':
      return `#/patients/${e(route.patientId)}/edit`
    case 'session-new':
      return `#/patients/${e(route.patientId)}/sessions/new`
    case 'session':
      return `#/patients/${e(route.patientId)}/sessions/${e(route.sessionId)}`
    case 'session-sheet':
      return `#/patients/${e(route.patientId)}/sessions/${e(route.sessionId)}/sheet`
    case 'session-edit':
      return `#/patients/${e(route.patientId)}/sessions/${e(route.sessionId)}/edit`
    case 'not-found':
      return `#${route.path}`
  }
}

/** The main area a route belongs to, for the navigation highlight. */
export function areaOf(route: Route): 'today' | 'patients' | 'races' | 'settings' | null {
  switch (route.name) {
    case 'today':
    case 'races':
    case 'settings':
      return route.name
    case 'trash':
      return 'patients'
    case 'not-found':
      return null
    default:
      return 'patients'
  }
}
