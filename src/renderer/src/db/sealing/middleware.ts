import { Dexie } from 'dexie'
import type {
  DBCore,
  DBCoreMutateResponse,
  DBCoreCursor,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreQuery,
  DBCoreTable,
  Middleware
} from 'dexie'
import { fromUtf8 } from '@shared/crypto/bytes'
import { openBytes, sealJson } from '@shared/crypto/seal'
import { searchToken, searchTokensFor } from '@shared/crypto/tokens'
import {
  clearFieldsOf,
  RANK_FIELDS,
  READABLE_LOCKED,
  SEALED_FIELD,
  TOKEN_FIELDS,
  UNSEALED_TABLES
} from './fields'
import { rankForPut, takeGivenRank } from './nameOrder'
import { LockedError, type Vault } from './vault'

type Row = Record<string, unknown>

const RANGE_EQUAL = 1
const RANGE_RANGE = 2
const RANGE_ANY = 3
const MAX_STRING = String.fromCharCode(65535)

/** What a sealed value is bound to: a value moved to another row or table does not open. */
const contextOf = (table: string, key: unknown): string => `${table}:${JSON.stringify(key)}`

export class SealedQueryError extends Error {
  constructor(table: string, index: string) {
    super(`The ${table} index ${index} is sealed: it answers only prefix look-ups.`)
    this.name = 'SealedQueryError'
  }
}

/**
 * Seals rows below every other part of Dexie (level -2: under its caches and hooks), so the
 * repositories and features read and write plain objects and IndexedDB holds only the clear
 * fields of ./fields.ts and one sealed value per row. In a plain database (not yet sealed)
 * rows pass through untouched; a sealed database refuses to be read or written while locked.
 */
export function sealingMiddleware(vault: Vault): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    level: -2,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          if (!vault.sealed || UNSEALED_TABLES.has(name)) return table
          return sealedTable(table, vault)
        }
      }
    }
  }
}

function sealedTable(table: DBCoreTable, vault: Vault): DBCoreTable {
  const name = table.name
  const tokenField = TOKEN_FIELDS[name]
  const rankField = RANK_FIELDS[name]
  const clear = clearFieldsOf(table.schema)
  // Stored transformed, so never copied back over the sealed value.
  if (tokenField) clear.delete(tokenField)
  if (rankField) clear.delete(rankField)
  const primaryKeyOf = table.schema.primaryKey.extractKey
  const isAudit = name === 'audit'
  const isReadableLocked = READABLE_LOCKED.has(name)

  /**
   * A row of clear fields alone (Today's marks: ids and dates) has nothing to seal, and neither
   * has a trail entry without a detail (most of them: a view, an edit, a sign-in), whose only
   * sealed field would be empty. Stored as they are, they open without a decryption each, which
   * is what lets the whole chain be checked quickly.
   */
  const isBlank = (value: unknown): boolean => value === '' || value === null || value === undefined
  const allClear = (row: Row): boolean => {
    if (tokenField || rankField) return false
    for (const field in row)
      if (!clear.has(field) && !(isAudit && isBlank(row[field]))) return false
    return true
  }

  function seal(row: Row, key: unknown, rank: unknown): Row {
    if (allClear(row)) return row
    const keys = vault.currentOrNull
    // (A failed sign-in is on the trail while no key is open: its entry holds no detail, so it
    // was returned above as it is.)
    if (!keys) throw new LockedError()
    const stored: Row = { [SEALED_FIELD]: sealJson(keys.rows, row, contextOf(name, key)) }
    for (const field of clear) if (field in row) stored[field] = row[field]
    if (tokenField && Array.isArray(row[tokenField]))
      stored[tokenField] = searchTokensFor(keys.tokens, row[tokenField] as string[])
    if (rankField) stored[rankField] = rank
    return stored
  }

  function open(stored: unknown): unknown {
    if (!stored || typeof stored !== 'object') return stored
    const sealed = (stored as Row)[SEALED_FIELD]
    // Rows without a sealed value: the trail's entries written while locked, and rows of
    // clear fields alone.
    if (!ArrayBuffer.isView(sealed)) return stored
    const keys = vault.currentOrNull
    if (!keys && isReadableLocked) {
      // Locked: the fields sign-in needs, and nothing of the sealed rest.
      const { [SEALED_FIELD]: _sealed, ...clearPart } = stored as Row
      void _sealed
      return clearPart
    }
    const key = primaryKeyOf ? primaryKeyOf(stored) : undefined
    const context = contextOf(name, key)
    // Locked: refused here, whatever was opened before.
    const rowsKey = vault.current.rows
    let text = vault.opened.get(context, sealed as Uint8Array)
    if (text === undefined) {
      text = fromUtf8(openBytes(rowsKey, sealed as Uint8Array, context))
      vault.opened.set(context, sealed as Uint8Array, text)
    }
    const row = JSON.parse(text) as Row
    // The clear fields are read as the indexes hold them: one changed on disk shows as changed
    // (and the audit trail's chain reports it), never hidden behind the sealed copy.
    for (const field of clear) if (field in (stored as Row)) row[field] = (stored as Row)[field]
    return row
  }

  function tokenRange(range: DBCoreKeyRange): DBCoreKeyRange {
    if (range.type === RANGE_ANY) return range
    const isPrefix =
      range.type === RANGE_RANGE &&
      typeof range.lower === 'string' &&
      range.upper === range.lower + MAX_STRING &&
      !range.lowerOpen
    if (!isPrefix) throw new SealedQueryError(name, tokenField!)
    const token = searchToken(vault.current.tokens, range.lower as string)
    return { type: RANGE_EQUAL, lower: token, upper: token }
  }

  function mapQuery(query: DBCoreQuery): DBCoreQuery {
    if (!tokenField || query.index.keyPath !== tokenField) return query
    return { ...query, range: tokenRange(query.range) }
  }

  /**
   * The cursor as Dexie uses it, its value opened. A delegate rather than a prototype copy:
   * the native IDBCursor's methods refuse to run on any other object.
   */
  function wrapCursor(cursor: DBCoreCursor | null, hasValues: boolean): DBCoreCursor | null {
    if (!cursor || !hasValues) return cursor
    let cachedFor: unknown = undefined
    let cached: unknown
    const wrapper: DBCoreCursor = {
      get trans() {
        return cursor.trans
      },
      get key() {
        return cursor.key
      },
      get primaryKey() {
        return cursor.primaryKey
      },
      get value() {
        const raw = cursor.value
        if (raw !== cachedFor) {
          cachedFor = raw
          cached = open(raw)
        }
        return cached
      },
      get done() {
        return cursor.done
      },
      continue: (key) => cursor.continue(key),
      continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
      advance: (count) => cursor.advance(count),
      start: (onNext) => cursor.start(onNext),
      stop: (value) => cursor.stop(value),
      next: () => cursor.next().then((c) => (c === cursor ? wrapper : c)),
      fail: (error) => cursor.fail(error)
    }
    return wrapper
  }

  function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (req.type !== 'add' && req.type !== 'put') return table.mutate(req)
    const keys = req.keys ?? req.values.map((v) => primaryKeyOf!(v))
    const write = (ranks: readonly (number | undefined)[]) => {
      const values = req.values.map((value: Row, i) =>
        seal(value, keys[i], takeGivenRank(value) ?? ranks[i])
      )
      return table.mutate({ ...req, values })
    }
    if (!rankField) return write([])
    // Dexie's own promise, so what callers chain on it stays in their transaction's zone.
    return Dexie.Promise.resolve(
      rankForPut(table, req.trans, req.values as Row[], keys, open).then(write)
    )
  }

  // Each read chains on the promise Dexie gave it (never an async function's), which keeps
  // the caller's transaction zone for whatever it does next.
  return {
    ...table,
    mutate,
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) =>
      table
        .query({ ...req, query: mapQuery(req.query) })
        .then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      table
        .openCursor({ ...req, query: mapQuery(req.query) })
        .then((cursor) => wrapCursor(cursor, req.values !== false)),
    count: (req) => table.count({ ...req, query: mapQuery(req.query) })
  }
}
