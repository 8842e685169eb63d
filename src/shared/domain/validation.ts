import type { z } from 'zod'
import { err, ok, type Result } from '../result'

/** A write refused because of its input: one message per field, in a therapist's words. */
export type ValidationFailure = {
  kind: 'validation'
  message: string
  /** Field path ("races.0.date", "muscles.1.needleCount") -> message. */
  fields: Record<string, string>
}

export function validationFailure(fields: Record<string, string>): ValidationFailure {
  const messages = Object.values(fields)
  const message =
    messages.length === 1
      ? messages[0]!
      : `${messages.length} things need fixing: ${messages.slice(0, 3).join('; ')}${messages.length > 3 ? '; …' : ''}`
  return { kind: 'validation', message, fields }
}

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown
): Result<z.output<S>, ValidationFailure> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return ok(parsed.data)
  const fields: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= issue.message
  }
  return err(validationFailure(fields))
}
