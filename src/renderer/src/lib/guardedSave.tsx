import { useCallback, useRef, useState, type ReactNode } from 'react'
import { conflictValue, mergeChanges, valueAt, type Merge } from '@shared/changes'
import { formatDateTime } from '@shared/dates'
import type { Result } from '@shared/result'
import { ConflictDialog } from '@renderer/components/ConflictDialog'
import type { Conflict, WriteFailure } from '@renderer/db/repositories'

type Versioned = { updatedAt: string | null } & Record<string, unknown>

export type GuardedSaveOptions<R extends Versioned> = {
  /** What the record is called in the dialog: "The clinic's settings". */
  what: string
  /** The record as the form opened it. */
  base: R
  label: (path: string) => string
  format?: (path: string, value: unknown) => string
  /** The therapist chose the version saved elsewhere: the form shows it. */
  onTheirs?: (current: R) => void
  /**
   * The form edits the record as it now stands (a list changed one click at a time), so a
   * save is checked against `base` as last rendered rather than as the form opened it.
   */
  isLive?: boolean
}

type Pending<C, R> = { change: C; merge: Merge<C>; current: R }

/**
 * A save that never overwrites a change saved elsewhere since the form opened. When the
 * other change touched none of this form's fields, both are kept without asking; otherwise
 * `dialog` shows what changed there and lets the therapist choose.
 */
export function useGuardedSave<C extends Record<string, unknown>, R extends Versioned>(
  write: (
    change: C,
    expectedUpdatedAt: string | null
  ) => Promise<Result<R, WriteFailure | Conflict<R>>>,
  {
    what,
    base,
    label,
    format = (_path, value) => conflictValue(value),
    onTheirs,
    isLive = false
  }: GuardedSaveOptions<R>
) {
  const baseRef = useRef<R>(base)
  const liveRef = useRef<R>(base)
  liveRef.current = base
  const [pending, setPending] = useState<Pending<C, R> | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const attempt = useCallback(
    async (change: C, from: R): Promise<Result<R, WriteFailure | Conflict<R>>> => {
      let next = change
      let against = from
      for (;;) {
        const result = await write(next, against.updatedAt)
        if (result.ok) {
          baseRef.current = result.value
          setPending(null)
          return result
        }
        if (result.error.kind !== 'conflict') return result
        const current = result.error.current
        const merge = mergeChanges<C>(against, current, next)
        if (merge.theirs.length > 0) {
          setPending({ change: next, merge, current })
          return result
        }
        next = merge.merged
        against = current
      }
    },
    [write]
  )

  const save = useCallback(
    (change: C) => attempt(change, isLive ? liveRef.current : baseRef.current),
    [attempt, isLive]
  )

  const dialog: ReactNode = pending ? (
    <ConflictDialog
      what={what}
      savedAt={
        pending.current.updatedAt ? formatDateTime(new Date(pending.current.updatedAt)) : 'just now'
      }
      rows={pending.merge.theirs.map((path) => ({
        label: label(path),
        theirs: format(path, valueAt(pending.current, path)),
        mine: pending.merge.both.includes(path) ? format(path, valueAt(pending.change, path)) : null
      }))}
      isBusy={isBusy}
      onSaveMerged={() => {
        setIsBusy(true)
        void attempt(pending.merge.merged, pending.current).finally(() => setIsBusy(false))
      }}
      onUseTheirs={() => {
        baseRef.current = pending.current
        setPending(null)
        onTheirs?.(pending.current)
      }}
      onClose={() => setPending(null)}
    />
  ) : null

  return { save, dialog }
}
