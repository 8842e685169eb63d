import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { buildRaceInput, buildSessionInput } from './index'

const STAMP = '2026-01-01T00:00:00.000Z'

/** A stored session as the database holds it. */
export function buildSession(overrides: Partial<Session> = {}): Session {
  return {
    ...buildSessionInput(),
    id: 's-1',
    patientId: 'p-1',
    status: 'final',
    finalizedAt: STAMP,
    finalizedBy: { id: 't-1', name: 'Maya Chen' },
    amendments: [],
    followUps: [],
    handouts: [],
    enteredBy: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides
  }
}

/** A stored race as the database holds it. */
export function buildRace(overrides: Partial<Race> = {}): Race {
  return {
    ...buildRaceInput(),
    id: 'r-1',
    patientId: 'p-1',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides
  }
}
