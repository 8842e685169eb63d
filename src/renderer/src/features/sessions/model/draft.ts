import { sessionFormSchema, type SessionForm } from './formState'

/** What a draft row holds: the form exactly as typed, tagged with its shape's version. */
export const DRAFT_FORMAT = 1

/**
 * A save under way when the copy was taken: the session it writes. If the window went before
 * the save finished, the next open checks whether that session was saved, so the copy is
 * neither lost nor restored as a second session.
 */
export type SavingAs = {
  sessionId: string
  /** A new session, created with `sessionId`; otherwise an edit of that saved session. */
  isNew: boolean
}

export type DraftData = { format: typeof DRAFT_FORMAT; form: SessionForm; savingAs?: SavingAs }

export function draftData(form: SessionForm, savingAs?: SavingAs): DraftData {
  return savingAs ? { format: DRAFT_FORMAT, form, savingAs } : { format: DRAFT_FORMAT, form }
}

/** The form a stored draft holds, or null when it is not one this version can read. */
export function readDraft(data: unknown): SessionForm | null {
  return readDraftData(data)?.form ?? null
}

/** The whole draft: its form and the save it was taken during, if any. */
export function readDraftData(
  data: unknown
): { form: SessionForm; savingAs: SavingAs | null } | null {
  if (typeof data !== 'object' || data === null) return null
  const { format, form, savingAs } = data as {
    format?: unknown
    form?: unknown
    savingAs?: unknown
  }
  if (format !== DRAFT_FORMAT) return null
  const parsed = sessionFormSchema.safeParse(form)
  if (!parsed.success) return null
  const { sessionId, isNew } = (savingAs ?? {}) as { sessionId?: unknown; isNew?: unknown }
  return {
    form: parsed.data,
    savingAs: typeof sessionId === 'string' ? { sessionId, isNew: isNew === true } : null
  }
}
