/**
 * Changes between versions of a record, for saves that meet a change made elsewhere (another
 * window saved the same record since the form opened). Plain objects are compared key by key;
 * arrays and other values are compared whole, so a list (diagnoses, muscles) is one change.
 */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The dot-joined paths at which `a` and `b` differ. */
export function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key))
  }
  return same(a, b) ? [] : [prefix]
}

export function valueAt(record: unknown, path: string): unknown {
  let value = record
  for (const key of path.split('.')) {
    if (!isPlainObject(value)) return undefined
    value = value[key]
  }
  return value
}

function withValue<T>(record: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  if (!isPlainObject(record) || head === undefined) return value as T
  const next: Record<string, unknown> = { ...record }
  next[head] = rest.length === 0 ? value : withValue(record[head], rest.join('.'), value)
  return next as T
}

export type Merge<T> = {
  /** Theirs, with every change of mine laid on top. */
  merged: T
  /** Paths they changed since the form opened. */
  theirs: string[]
  /** Of those, the paths I changed too (mine wins in `merged`). */
  both: string[]
}

/**
 * A three-way merge of the fields the form edits: `base` as the form opened it, `theirs` as
 * saved elsewhere since, `mine` as the form holds it. Only `mine`'s own fields count: what the
 * form does not edit (a patient's "last seen") is never reported or overwritten.
 */
export function mergeChanges<T extends Record<string, unknown>>(
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  mine: T
): Merge<T> {
  const project = (record: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.keys(mine).map((key) => [key, record[key]]))
  const theirChanges = differingPaths(project(base), project(theirs))
  const myChanges = new Set(differingPaths(project(base), mine))
  let merged = project(theirs) as T
  for (const path of myChanges) merged = withValue(merged, path, valueAt(mine, path))
  return {
    merged,
    theirs: theirChanges,
    both: theirChanges.filter((path) => myChanges.has(path))
  }
}

/** One change made elsewhere, as a conflict dialog lists it. */
export type ConflictRow = {
  label: string
  /** The value saved elsewhere. */
  theirs: string
  /** The form's value, when the form changed it too; null when only they changed it. */
  mine: string | null
}

/** A value as the conflict table shows it. */
export function conflictValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)'
    return value
      .map((item) =>
        typeof item === 'object' && item !== null && 'label' in item
          ? String((item as { label: unknown }).label)
          : conflictValue(item)
      )
      .join(', ')
  }
  return JSON.stringify(value)
}
