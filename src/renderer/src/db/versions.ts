import type { Dexie } from 'dexie'
import { v0001Initial } from './migrations/0001-initial'
import { v0002Appointments } from './migrations/0002-appointments'
import { v0003RecordsAsGiven } from './migrations/0003-records-as-given'
import { v0004SignInAndAudit } from './migrations/0004-sign-in-and-audit'
import { v0005TodayMarks } from './migrations/0005-today-marks'
import { v0006Measures } from './migrations/0006-measures'
import type { SchemaVersion } from './migrations/types'

export type { SchemaVersion } from './migrations/types'

/**
 * The schema's version chain, one file per version in ./migrations (see its README). Never
 * edit a version that has shipped: add the next one, with its test in tests/db/migrations and
 * the step that upgrades backups' rows the same way.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  v0001Initial,
  v0002Appointments,
  v0003RecordsAsGiven,
  v0004SignInAndAudit,
  v0005TodayMarks,
  v0006Measures
]

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version

/** Declares versions 1..upTo on a Dexie instance (upTo < latest only in migration tests). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break
    const declared = db.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
}
