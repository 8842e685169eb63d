import type { DBCoreTableSchema } from 'dexie'

/**
 * Which fields of a row stay readable on disk. A row is stored as its indexed fields (ids,
 * dates, statuses, kinds: what the queries need) plus `$`, the rest of it sealed. Two indexed
 * fields are themselves identifying and are stored transformed: a patient's name search terms
 * as keyed tokens, and their name order as a rank (./nameOrder.ts). The README lists every
 * field that stays clear, and why.
 */
export const SEALED_FIELD = '$'

/** Tables kept as they are: what sign-in needs before any key is open, and bare tallies. */
export const UNSEALED_TABLES = new Set(['credentials', 'counts'])

/**
 * Fields sign-in and the locked screen read, so they cannot wait for a key: the therapists'
 * names (to choose who signs in), who owns the clinic, its name and the lock time.
 */
export const CLEAR_EXTRA: Record<string, readonly string[]> = {
  settings: ['isSetUp', 'clinic', 'therapists', 'ownerId', 'defaultTherapistId', 'lockMinutes'],
  // Written while locked (a failed sign-in), so the fields those entries hold stay clear;
  // none of them is clinical: who, when, what kind of act, which record id.
  audit: ['therapistName', 'recordId', 'prev', 'hash']
}

/** Tables whose clear fields are read while locked (the sealed rest waits for the key). */
export const READABLE_LOCKED = new Set(Object.keys(CLEAR_EXTRA))

/** Indexed fields stored transformed, never as they are. */
export const TOKEN_FIELDS: Record<string, string> = { patients: 'searchTerms' }
export const RANK_FIELDS: Record<string, string> = { patients: 'sortName' }

export function clearFieldsOf(schema: DBCoreTableSchema): Set<string> {
  const fields = new Set<string>(CLEAR_EXTRA[schema.name] ?? [])
  const add = (keyPath: null | string | string[]) => {
    if (keyPath === null) return
    for (const path of Array.isArray(keyPath) ? keyPath : [keyPath]) fields.add(path.split('.')[0]!)
  }
  add(schema.primaryKey.keyPath)
  for (const index of schema.indexes) add(index.keyPath)
  return fields
}
