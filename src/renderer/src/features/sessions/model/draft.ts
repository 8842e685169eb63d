import { sessionFormSchema, type SessionForm } from './formState'

/** What a draft row holds: the form exactly as typed, tagged with its shape's version. */
export const DRAFT_FORMAT = 1

export type DraftData = { format: typeof DRAFT_FORMAT; form: SessionForm }

export function draftData(form: SessionForm): DraftData {
  return { format: DRAFT_FORMAT, form }
}

/** The form a stored draft holds, or null when it is not one this version can read. */
export function readDraft(data: unknown): SessionForm | null {
  if (typeof data !== 'object' || data === null) return null
  const { format, form } = data as { format?: unknown; form?: unknown }
  if (format !== DRAFT_FORMAT) return null
  const parsed = sessionFormSchema.safeParse(form)
  return parsed.success ? parsed.data : null
}
