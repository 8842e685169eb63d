import type { Transaction } from 'dexie'

/**
 * One schema version: the stores it declares (only what changes from the version before) and,
 * when stored rows must change shape, the upgrade that rewrites them inside Dexie's
 * version-change transaction.
 */
export type SchemaVersion = {
  version: number
  /** The file's name after its number: migrations/0002-appointments.ts is 'appointments'. */
  name: string
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}
