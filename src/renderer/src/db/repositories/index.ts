import type { RacepointDB } from '../database'
import { backupRepository } from './backup'
import { clinicRepository } from './clinic'
import type { Clock } from './common'
import { draftRepository } from './drafts'
import { patientRepository } from './patients'
import { raceRepository } from './races'
import { sessionRepository } from './sessions'
import { settingsRepository } from './settings'
import { todayRepository } from './today'

export function createRepositories(db: RacepointDB, clock: Clock) {
  return {
    backup: backupRepository(db),
    clinic: clinicRepository(db),
    drafts: draftRepository(db, clock),
    patients: patientRepository(db, clock),
    races: raceRepository(db, clock),
    sessions: sessionRepository(db, clock),
    settings: settingsRepository(db, clock),
    today: todayRepository(db)
  }
}

export type Repositories = ReturnType<typeof createRepositories>
export type { Clock, Conflict, GuardedResult, WriteFailure, WriteResult } from './common'
