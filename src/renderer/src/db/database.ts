import { Dexie, type EntityTable } from 'dexie'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import type { AuditEntry } from '@shared/domain/audit'
import type { Credential } from '@shared/domain/auth/credential'
import type { MeasureRecording } from '@shared/domain/measures/record'
import type { ClinicTally, SessionMark } from './derived'
import { declareVersions, LATEST_VERSION } from './versions'
import { sealingMiddleware } from './sealing/middleware'
import { Vault } from './sealing/vault'

/** The clinic's database before it is sealed (new, or from before sealing). */
export const DB_NAME = 'racepoint'
/** The sealed clinic's database (./sealing): its rows are readable only with a therapist's key. */
export const SEALED_DB_NAME = 'racepoint-sealed'

/** An unsaved session form, kept until saved or discarded on purpose. */
export type Draft = {
  /** `new:<patientId>` for a new session, `edit:<sessionId>` for changes to a saved one. */
  id: string
  patientId: string
  sessionId: string | null
  data: unknown
  updatedAt: string
}

export class RacepointDB extends Dexie {
  patients!: EntityTable<Patient, 'id'>
  races!: EntityTable<Race, 'id'>
  sessions!: EntityTable<Session, 'id'>
  settings!: EntityTable<Settings, 'id'>
  drafts!: EntityTable<Draft, 'id'>
  credentials!: EntityTable<Credential, 'id'>
  audit!: EntityTable<AuditEntry, 'seq'>
  /** Measures recorded between visits (migrations/0006-measures.ts). */
  measures!: EntityTable<MeasureRecording, 'id'>
  /** Derived (./derived.ts): kept in the transactions that write sessions; not in backups. */
  marks!: EntityTable<SessionMark, 'id'>
  /** Derived (./derived.ts): patients by status, sessions and races, kept where they are written. */
  counts!: EntityTable<ClinicTally, 'id'>

  readonly idbFactory: IDBFactory
  /** The clinic's keys while a therapist is signed in; `vault.sealed` for a sealed database. */
  readonly vault: Vault

  constructor(
    name: string = DB_NAME,
    {
      vault = new Vault(name === SEALED_DB_NAME),
      ...options
    }: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; vault?: Vault } = {}
  ) {
    // Clinical writes must be on disk before the app says "saved".
    super(name, { chromeTransactionDurability: 'strict', ...options })
    this.idbFactory = options.indexedDB ?? Dexie.dependencies.indexedDB
    this.vault = vault
    this.use(sealingMiddleware(vault))
    declareVersions(this)
  }

  /** The schema version the database on disk is at (null when there is none yet), read without opening it. */
  async installedVersion(): Promise<number | null> {
    const found = (await this.idbFactory.databases()).find((info) => info.name === this.name)
    // Dexie stores schema version n as IndexedDB version n * 10.
    return found?.version ? found.version / 10 : null
  }
}

export type OpenFailure = { kind: 'open-failed'; message: string }

/** Opens the database, turning a failed open or upgrade into a message a therapist can act on. */
const NEWER_VERSION: OpenFailure = {
  kind: 'open-failed',
  message:
    'This clinic’s data was saved by a newer version of Racepoint. Install the newer version to open it; nothing has been changed.'
}

export async function openDatabase(db: RacepointDB): Promise<OpenFailure | null> {
  try {
    // Dexie 4 would open (and add its tables to) a database a newer Racepoint has upgraded;
    // this version must neither read nor write such data.
    const installed = await db.installedVersion()
    if (installed !== null && installed > LATEST_VERSION) return NEWER_VERSION
    await db.open()
    return null
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'VersionError') return NEWER_VERSION
    if (name === 'UpgradeError' || name === 'DatabaseClosedError') {
      return {
        kind: 'open-failed',
        message: `Racepoint could not update the clinic’s data to this version, so it left it exactly as it was. (${error instanceof Error ? error.message : String(error)})`
      }
    }
    return {
      kind: 'open-failed',
      message: `Racepoint could not open the clinic’s data. (${error instanceof Error ? error.message : String(error)})`
    }
  }
}
