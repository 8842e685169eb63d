import { sessionInputSchema, type Session } from '@shared/domain/session'
import type { Diagnosis } from '@shared/domain/patient'
import { readDraftData } from './draft'
import { checkSessionForm } from './validation'

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The session a save under way wrote, when the window went during the save and the save
 * landed; null when it did not (the journal then holds the form, restored as a draft).
 *
 * The session form journals itself synchronously before every save, tagged with the session
 * it writes, so at every instant either the saved session or a copy of the form exists. A new
 * session is created with the id chosen before the save: it landed if that session exists. An
 * edit landed if the saved session holds what the form held.
 */
export async function saveLanded(
  journalData: unknown,
  getSession: (id: string) => Promise<Session | undefined>,
  patientDiagnoses: readonly Pick<Diagnosis, 'code' | 'label'>[]
): Promise<Session | null> {
  const journal = readDraftData(journalData)
  if (!journal?.savingAs) return null
  const session = await getSession(journal.savingAs.sessionId)
  if (!session) return null
  if (journal.savingAs.isNew) return session
  const check = checkSessionForm(journal.form, patientDiagnoses)
  if (!check.ok) return null
  const input = sessionInputSchema.safeParse(check.input)
  if (!input.success) return null
  const saved = session as unknown as Record<string, unknown>
  const isSaved = Object.entries(input.data).every(([key, value]) => same(saved[key], value))
  return isSaved ? session : null
}
