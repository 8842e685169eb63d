import type { Dexie, Transaction } from 'dexie'

/**
 * The schema's version chain. Never edit a version that has shipped: add the next one, with
 * its upgrade function in ./migrations and a test in tests/db that opens the previous version
 * with rows and upgrades it, and the step that upgrades backups' rows the same way
 * (features/backup/model/upgrade.ts; see ./migrations/README.md).
 *
 * v1  patients (name search on folded words, active/archived/trashed lists by name or by
 *     recency), races and sessions by patient and date and clinic-wide by date, settings (one
 *     row), drafts of unsaved session forms.
 * v2  sessions by next appointment, for the day's and the week's appointments. Only adds an
 *     index: IndexedDB builds it over the stored rows, which stay as they are (sessions without
 *     an appointment are simply not in it).
 */
export type SchemaVersion = {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      patients: 'id, *searchTerms, [status+sortName], [status+recentAt], updatedAt',
      races: 'id, [patientId+date], date, updatedAt',
      sessions: 'id, [patientId+date], date, updatedAt',
      settings: 'id',
      drafts: 'id, patientId, updatedAt'
    }
  },
  {
    version: 2,
    stores: {
      sessions: 'id, [patientId+date], date, nextAppointment, updatedAt'
    }
  }
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
