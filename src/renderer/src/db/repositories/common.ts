import type { ValidationFailure } from '@shared/domain/validation'
import { err, type Result } from '@shared/result'

export type NotFound = { kind: 'not-found'; message: string }
export type Refused = { kind: 'refused'; message: string }
export type StorageFailure = { kind: 'storage'; message: string }
export type WriteFailure = ValidationFailure | NotFound | Refused | StorageFailure
export type WriteResult<T> = Result<T, WriteFailure>

/**
 * The record changed since the form that writes it opened (another window saved it): nothing
 * was written, and `current` is the record as it stands now, for the form to show and let the
 * therapist choose.
 */
export type Conflict<T> = { kind: 'conflict'; message: string; current: T }
/** A write that checks it is not overwriting a change made elsewhere. */
export type GuardedResult<T> = Result<T, WriteFailure | Conflict<T>>

/** The time source repositories stamp records with; tests pass a fixed clock. */
export type Clock = () => Date

export const notFound = (what: string): NotFound => ({
  kind: 'not-found',
  message: `${what} no longer exists.`
})
export const refused = (message: string): Refused => ({ kind: 'refused', message })

/** A storage error in words a therapist can act on. Never swallowed: always returned. */
export function storageFailure(error: unknown): StorageFailure {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      kind: 'storage',
      message:
        'The computer is out of storage space, so this was not saved. Free some disk space and try again.'
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    kind: 'storage',
    message: `This was not saved: the database reported an error (${detail}).`
  }
}

/** Runs a write and turns any database exception into a failure value; nothing is half-saved
 * because every multi-row write runs inside one transaction. */
export async function guardWrite<T>(write: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await write()
  } catch (error) {
    return err(storageFailure(error))
  }
}

/** guardWrite for a write that may also be refused as a conflict. */
export async function guardCheckedWrite<T, C>(
  write: () => Promise<Result<T, WriteFailure | Conflict<C>>>
): Promise<Result<T, WriteFailure | Conflict<C>>> {
  try {
    return await write()
  } catch (error) {
    return err(storageFailure(error))
  }
}
