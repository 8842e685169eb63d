import type { RacepointDB } from '../database'
import { auditRepository } from './audit'
import { authRepository } from './auth'
import { backupRepository } from './backup'
import { clinicRepository } from './clinic'
import type { Clock } from './common'
import type { Actor } from './audit'
import { draftRepository } from './drafts'
import { measureRepository } from './measures'
import { patientRepository } from './patients'
import { raceRepository } from './races'
import { sessionRepository } from './sessions'
import { settingsRepository } from './settings'
import { todayRepository } from './today'

/**
 * The repositories, acting as `actor` (the signed-in therapist): every change they write is
 * recorded in the audit trail, in the same transaction, under that name.
 */
export function createRepositories(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  return {
    audit: auditRepository(db, clock, actor),
    auth: authRepository(db, clock, actor),
    backup: backupRepository(db),
    clinic: clinicRepository(db),
    drafts: draftRepository(db, clock),
    measures: measureRepository(db, clock, actor),
    patients: patientRepository(db, clock, actor),
    races: raceRepository(db, clock, actor),
    sessions: sessionRepository(db, clock, actor),
    settings: settingsRepository(db, clock, actor),
    today: todayRepository(db)
  }
}

export type Repositories = ReturnType<typeof createRepositories>
export type { Actor } from './audit'
export type { Clock, Conflict, GuardedResult, WriteFailure, WriteResult } from './common'
