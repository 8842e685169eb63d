import { describe, expect, it } from 'vitest'
import { areaOf, parseRoute, routeHref, type Route } from './routes'

describe('routes', () => {
  const routes: Route[] = [
    { name: 'today' },
    { name: 'today', list: 'follow-ups' },
    { name: 'today', list: 'a-races' },
    { name: 'patients' },
    { name: 'patient-new' },
    { name: 'patient', patientId: 'p 1', tab: 'overview' },
    { name: 'patient', patientId: 'p1', tab: 'progress' },
    { name: 'patient-edit', patientId: 'p1' },
    { name: 'session-new', patientId: 'p1' },
    { name: 'session', patientId: 'p1', sessionId: 's/1' },
    { name: 'session-sheet', patientId: 'p1', sessionId: 's1' },
    { name: 'session-edit', patientId: 'p1', sessionId: 's1' },
    { name: 'races' },
    { name: 'settings' },
    { name: 'trash' }
  ]

  it('reads back every address it writes', () => {
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('opens Today when there is no address, and says when an address is unknown', () => {
    expect(parseRoute('')).toEqual({ name: 'today' })
    expect(parseRoute('#/')).toEqual({ name: 'today' })
    expect(parseRoute('#/today/everything').name).toBe('not-found')
    expect(parseRoute('#/patients/p1/nonsense')).toEqual({
      name: 'not-found',
      path: '/patients/p1/nonsense'
    })
  })

  it('highlights the area a screen belongs to', () => {
    expect(areaOf({ name: 'session', patientId: 'p', sessionId: 's' })).toBe('patients')
    expect(areaOf({ name: 'trash' })).toBe('patients')
    expect(areaOf({ name: 'races' })).toBe('races')
  })
})
