import { useCallback, useState } from 'react'
import type { Result } from '@shared/result'
import { useNotify } from '@renderer/components/Toasts'
import type { WriteFailure } from '@renderer/db/repositories'

/**
 * How a refused write is told:
 * - 'toast': always in a message (the form also marks the fields it names);
 * - 'fields': the form shows field messages itself, anything else goes in a message;
 * - 'none': the caller shows the whole failure (the session form's "Not saved" line).
 */
export type FailureReport = 'toast' | 'fields' | 'none'

export type WriteMessages<T> = {
  /** Said when the write succeeds: a fixed text, or one made from the written value. */
  success?: string | ((value: T) => string)
  failure?: FailureReport
}

export type RunWrite = <T, E extends { kind: string; message: string } = WriteFailure>(
  write: Promise<Result<T, E>>,
  messages?: WriteMessages<T>
) => Promise<Result<T, E>>

/**
 * The one shape of a write: a feature's write hook (`useXWrites`) calls its repository through
 * this, which tells the therapist how it went and hands the result back to the form, so the
 * form can mark fields or move on. Components never call repositories themselves.
 */
export function useRunWrite(): RunWrite {
  const notify = useNotify()
  return useCallback<RunWrite>(
    async (write, { success, failure = 'toast' } = {}) => {
      const result = await write
      if (result.ok) {
        const text = typeof success === 'function' ? success(result.value) : success
        if (text) notify(text)
        return result
      }
      // A conflict is never just a message: the form shows what changed and lets the
      // therapist choose.
      const isShownByForm =
        failure === 'none' ||
        result.error.kind === 'conflict' ||
        (failure === 'fields' && result.error.kind === 'validation')
      if (!isShownByForm) notify(result.error.message, { isError: true })
      return result
    },
    [notify]
  )
}

/** The fields a refused write names, for the form to mark ({} when it names none). */
export function fieldErrorsOf<T>(
  result: Result<T, { kind: string; fields?: Record<string, string> }>
): Record<string, string> {
  if (result.ok) return {}
  return result.error.kind === 'validation' ? (result.error.fields ?? {}) : {}
}

/**
 * A form's write: while it runs the form shows it is busy; afterwards the fields the write
 * refused carry their messages (cleared when it succeeds).
 */
export function useFormWrite() {
  const run = useRunWrite()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isSaving, setIsSaving] = useState(false)
  const submit = useCallback(
    async <T, E extends { kind: string; message: string; fields?: Record<string, string> }>(
      write: () => Promise<Result<T, E>>,
      messages?: WriteMessages<T>
    ): Promise<Result<T, E>> => {
      setIsSaving(true)
      const result = await run(write(), messages)
      setIsSaving(false)
      setErrors(fieldErrorsOf(result))
      return result
    },
    [run]
  )
  return { submit, errors, isSaving }
}
