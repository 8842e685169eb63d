import { useCallback } from 'react'
import type { Result } from '@shared/result'
import { useRepositories } from '../../../app/DataProvider'
import { useNotify } from '../../../components/Toasts'
import type { WriteFailure } from '../../../db/repositories'

/**
 * Runs a write and tells the therapist how it went: a short confirmation, or the reason it was
 * refused (kept on screen until dismissed). Resolves with the written value, or null.
 */
export function useWrite() {
  const notify = useNotify()
  return useCallback(
    async <T>(write: Promise<Result<T, WriteFailure>>, success?: string): Promise<T | null> => {
      const result = await write
      if (!result.ok) {
        notify(result.error.message, { isError: true })
        return null
      }
      if (success) notify(success)
      return result.value
    },
    [notify]
  )
}

/** The patient repository's writes, for components (they never reach the database). */
export function usePatientRepository() {
  return useRepositories().patients
}
