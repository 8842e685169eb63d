import type { DBCoreTable, DBCoreTransaction, Table } from 'dexie'
import type { Vault } from './vault'

/**
 * A sealed patient's name cannot sit in the [status+sortName] index, so the index holds a rank
 * instead: a number that orders the patients of a status as their names do, and says nothing
 * else. A patient saved alone is placed by a binary search over the index, opening a few of
 * its neighbours (a few dozen reads at most, at any clinic size); rows written in bulk (a
 * restore, the demo, sealing a clinic) get their ranks in one pass afterwards
 * (`rankAllByName`, with the derived tables).
 */
const RANK_FIELD = 'sortName'
/** Ranks live between 0 and RANK_TOP; a new clinic's are RANK_STEP apart. */
const RANK_TOP = 2 ** 48
export const RANK_STEP = 2 ** 16
/** Below this gap two names cannot be told apart by a rank between them: rank them all again. */
const MIN_GAP = 2 ** -16

type Row = Record<string, unknown>
type Opener = (stored: unknown) => unknown

const givenRanks = new WeakMap<object, number>()

/** Puts a row with the rank it is given (the one-pass ranking), not one searched for. */
export function withRank<T extends object>(row: T, rank: number): T {
  givenRanks.set(row, rank)
  return row
}

export function takeGivenRank(row: object): number | undefined {
  return givenRanks.get(row)
}

const before = (a: string, b: string): boolean => a <= b

async function firstIn(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  status: unknown,
  from: number,
  to: number,
  { fromOpen, reverse }: { fromOpen: boolean; reverse: boolean },
  skip: unknown
): Promise<Row | null> {
  const index = table.schema.getIndexByKeyPath(['status', RANK_FIELD])!
  const cursor = await table.openCursor({
    trans,
    values: true,
    reverse,
    query: {
      index,
      range: {
        type: 2,
        lower: [status, from],
        lowerOpen: fromOpen,
        upper: [status, to],
        upperOpen: true
      }
    }
  })
  if (!cursor) return null
  return new Promise<Row | null>((resolve, reject) => {
    cursor
      .start(() => {
        const row = cursor.value as Row
        if (cursor.primaryKey === skip) {
          cursor.continue()
          return
        }
        cursor.stop(row)
      })
      .then((found: Row | undefined) => resolve(found ?? null), reject)
  })
}

/** The rank for a patient named `name` among the others of `status` (the row itself left out). */
async function searchRank(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  open: Opener,
  status: unknown,
  name: string,
  self: unknown
): Promise<number | null> {
  let lo = 0
  let hi = RANK_TOP
  for (let step = 0; step < 200; step++) {
    const mid = (lo + hi) / 2
    const row =
      (await firstIn(table, trans, status, mid, hi, { fromOpen: false, reverse: false }, self)) ??
      (await firstIn(table, trans, status, lo, mid, { fromOpen: true, reverse: true }, self))
    if (!row) break
    const rank = row[RANK_FIELD] as number
    const other = (open(row) as Row)[RANK_FIELD] as string
    if (before(other, name)) lo = rank
    else hi = rank
  }
  // Names added in order (a new clinic typing its list) go a step past the last, not halfway.
  if (hi === RANK_TOP && lo + RANK_STEP < RANK_TOP) return lo + RANK_STEP
  if (lo === 0 && hi - RANK_STEP > 0) return hi - RANK_STEP
  if (hi - lo < MIN_GAP) return null
  return (lo + hi) / 2
}

/** Ranks every patient of a status again, RANK_STEP apart, in the transaction of a put. */
async function rerankStatus(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  open: Opener,
  status: unknown
): Promise<void> {
  const index = table.schema.getIndexByKeyPath(['status', RANK_FIELD])!
  const { result } = await table.query({
    trans,
    values: true,
    query: {
      index,
      range: { type: 2, lower: [status, -Infinity], upper: [status, Infinity] }
    }
  })
  const rows = (result as Row[]).map((stored) => ({
    stored,
    name: String((open(stored) as Row)[RANK_FIELD] ?? '')
  }))
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  await table.mutate({
    type: 'put',
    trans,
    values: rows.map((r, i) => ({ ...r.stored, [RANK_FIELD]: (i + 1) * RANK_STEP }))
  })
}

/**
 * Ranks for the rows of one put. A row whose name and status are unchanged keeps its rank;
 * one saved alone is searched for; in a bulk write the rest wait for `rankAllByName` (rank 0).
 * Null in the result means the ranks ran out of room: the caller ranks the table again.
 */
export async function rankForPut(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  values: readonly Row[],
  keys: readonly unknown[],
  open: Opener
): Promise<(number | undefined)[]> {
  const pending = values.map((v) => takeGivenRank(v) === undefined)
  if (!pending.some(Boolean)) return values.map(() => undefined)
  const existing = await table.getMany({ trans, keys: [...keys] })
  const ranks: (number | undefined)[] = []
  for (let i = 0; i < values.length; i++) {
    if (!pending[i]) {
      ranks.push(undefined)
      continue
    }
    const value = values[i]!
    const stored = existing[i] as Row | undefined
    const before = stored ? (open(stored) as Row) : null
    if (
      stored &&
      before &&
      before[RANK_FIELD] === value[RANK_FIELD] &&
      before['status'] === value['status'] &&
      typeof stored[RANK_FIELD] === 'number'
    ) {
      ranks.push(stored[RANK_FIELD] as number)
    } else if (values.length === 1) {
      const search = () =>
        searchRank(table, trans, open, value['status'], String(value[RANK_FIELD] ?? ''), keys[i])
      let rank = await search()
      if (rank === null) {
        // Out of room between two neighbours: the status is ranked again, then searched.
        await rerankStatus(table, trans, open, value['status'])
        rank = await search()
      }
      ranks.push(rank ?? 0)
    } else {
      ranks.push(0)
    }
  }
  return ranks
}

/** The order `rankAllByName` gives: by name, then id, so equal names keep one order. */
const byNameThenId = (
  a: { id: string; sortName: string },
  b: { id: string; sortName: string }
): number =>
  a.sortName < b.sortName
    ? -1
    : a.sortName > b.sortName
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0

/**
 * The rows given their ranks by name (`withRank`), for a bulk write that has every patient
 * in hand (a restore): each patient is written once, already in order.
 */
export function rankedByName<T extends { id: string; sortName: string }>(rows: readonly T[]): T[] {
  const sorted = [...rows].sort(byNameThenId)
  sorted.forEach((row, i) => withRank(row, (i + 1) * RANK_STEP))
  return [...rows]
}

/**
 * The ranks of a plain clinic's patients, read from its [status+sortName] index alone (no
 * row is read): within a status the index holds them by name, then id, as `rankAllByName`
 * orders them, and ranks are only ever compared within a status.
 */
export async function ranksFromPlainIndex(patients: Table): Promise<Map<unknown, number>> {
  const keys = await patients.orderBy('[status+sortName]').primaryKeys()
  return new Map(keys.map((key, i) => [key, (i + 1) * RANK_STEP]))
}

/**
 * Ranks every patient by name in one pass, after rows were written in bulk, inside the
 * caller's transaction. Nothing to do in a plain database, whose index holds the names.
 */
export async function rankAllByName(patients: Table): Promise<void> {
  const vault = (patients.db as unknown as { vault?: Vault }).vault
  if (!vault?.sealed) return
  const rows = (await patients.toArray()) as { id: string; sortName: string }[]
  rows.sort(byNameThenId)
  const CHUNK = 500
  for (let i = 0; i < rows.length; i += CHUNK) {
    await patients.bulkPut(
      rows.slice(i, i + CHUNK).map((row, j) => withRank(row, (i + j + 1) * RANK_STEP))
    )
  }
}
