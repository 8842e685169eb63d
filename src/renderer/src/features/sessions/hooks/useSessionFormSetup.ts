import { useEffect, useState } from 'react'
import { toLocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import { screeningRecordFrom } from '@shared/domain/screening'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { useRepositories } from '@renderer/lib/data'
import type { Draft } from '@renderer/db/database'
import {
  editSessionDraftId,
  newSessionDraftId,
  type DraftRepository
} from '@renderer/db/repositories/drafts'
import { useClock } from '@renderer/lib/clock'
import { useAuth } from '@renderer/lib/auth'
import { defaultTherapist } from '@shared/domain/settings'
import { draftData, readDraft, readDraftData } from '../model/draft'
import {
  clearJournal,
  newerOf,
  readJournal,
  type JournalEntry,
  type JournalSealer
} from '../model/draftJournal'
import { saveLanded } from '../model/saveJournal'
import { newSessionForm, sessionFormFrom, type SessionForm } from '../model/formState'
import type { DraftTarget } from './useDraftAutosave'

export type FormSetup =
  | { status: 'loading' }
  | { status: 'missing'; message: string }
  | { status: 'final'; session: Session }
  /** A save was under way when the window went, and it landed: the session is saved. */
  | { status: 'saved'; session: Session }
  | {
      status: 'ready'
      patient: Patient
      /** The saved session being edited; null for a new one. */
      session: Session | null
      initial: SessionForm
      /** The form as it stands without the draft (after "Discard draft"). */
      fresh: () => SessionForm
      /** When the restored draft was last saved (ISO), or null when none was restored. */
      restoredDraftAt: string | null
      isDraftUnreadable: boolean
      lastSession: Session | null
      /** The patient's races, which the race window and the advice follow. */
      races: Race[]
      draftTarget: DraftTarget
      /** Seals the unload journal with the clinic's key. */
      journalSealer: JournalSealer
      /** The stored draft's updatedAt as the form opened it (null: none stored). */
      draftUpdatedAt: string | null
    }

type Recovered = {
  form: SessionForm | null
  at: string | null
  isUnreadable: boolean
  /** The draft row as it now stands, after the journal was moved into it. */
  storedAt: string | null
}

/**
 * The draft to restore: the one in the drafts table, or the journal written as the window
 * went when that is newer (it is then moved into the table).
 */
async function recoverDraft(
  drafts: DraftRepository,
  target: DraftTarget,
  draft: Draft | undefined,
  journal: JournalEntry | null
): Promise<Recovered> {
  const storage = window.localStorage
  const stored = draft ? { data: draft.data, at: draft.updatedAt } : null
  const newest = newerOf(journal, stored, {
    isSaveJournal: journal !== null && readDraftData(journal.data)?.savingAs != null
  })
  let storedAt = draft?.updatedAt ?? null
  if (!newest) return { form: null, at: null, isUnreadable: false, storedAt }
  const form = readDraft(newest.data)
  if (newest === journal && form) {
    const moved = await drafts.put({ ...target, data: draftData(form) })
    if (moved.ok) {
      clearJournal(storage, target.id)
      storedAt = moved.value.updatedAt
    }
  } else if (journal && newest !== journal) {
    clearJournal(storage, target.id)
  }
  return { form, at: newest.at, isUnreadable: form === null, storedAt }
}

/**
 * Everything the session form starts from, read once: the patient, the session being edited,
 * their last session and any draft. The form then belongs to the therapist; later changes in
 * the database do not overwrite what is being typed.
 */
export function useSessionFormSetup(
  patientId: string,
  sessionId: string | null,
  settings: Settings
): FormSetup {
  const { patients, races, sessions, drafts } = useRepositories()
  const clock = useClock()
  const { state } = useAuth()
  const me = state.status === 'signed-in' ? state.therapist : null
  const [setup, setSetup] = useState<FormSetup>({ status: 'loading' })

  useEffect(() => {
    let isCancelled = false
    const load = async (): Promise<FormSetup> => {
      const draftId = sessionId ? editSessionDraftId(sessionId) : newSessionDraftId(patientId)
      const [patient, session, draft, patientRaces] = await Promise.all([
        patients.get(patientId),
        sessionId ? sessions.get(sessionId) : Promise.resolve(undefined),
        drafts.get(draftId),
        races.forPatient(patientId)
      ])
      if (!patient) return { status: 'missing', message: 'This patient no longer exists.' }
      if (sessionId && (!session || session.patientId !== patientId)) {
        return { status: 'missing', message: 'This session no longer exists.' }
      }
      if (session?.status === 'final') return { status: 'final', session }
      const lastSession =
        (await sessions.latestForPatient(patientId, session?.date ?? undefined)) ?? null

      const fresh = (): SessionForm => {
        if (session) return sessionFormFrom(session, settings.units)
        const now = toLocalDateTime(clock())
        // The signed-in therapist treats, unless they name another treating clinician.
        const signedIn = settings.therapists.find((t) => t.id === me?.id && t.isActive)
        const therapist = signedIn ?? defaultTherapist(settings)
        return newSessionForm({
          now,
          therapist: therapist ? { id: therapist.id, name: therapist.name } : null,
          diagnosis: patient.diagnoses[0]?.label ?? lastSession?.diagnosis ?? '',
          consentOnFile: patient.consent,
          screening: screeningRecordFrom(patient.screening.answers, patient.screening.reviewedOn),
          isNearRace: raceWindowWarnings(now, patientRaces, settings.raceWindow).length > 0
        })
      }
      const target: DraftTarget = { id: draftId, patientId, sessionId }
      const journal = readJournal(window.localStorage, draftId, drafts.journalSealer)
      const landed = await saveLanded(journal?.data, (id) => sessions.get(id), patient.diagnoses)
      if (landed) {
        clearJournal(window.localStorage, draftId)
        return { status: 'saved', session: landed }
      }
      const {
        form: restored,
        at: restoredAt,
        isUnreadable,
        storedAt
      } = await recoverDraft(drafts, target, draft, journal)
      return {
        status: 'ready',
        patient,
        session: session ?? null,
        initial: restored ?? fresh(),
        fresh,
        restoredDraftAt: restored ? restoredAt : null,
        isDraftUnreadable: isUnreadable,
        lastSession,
        races: patientRaces,
        draftTarget: target,
        journalSealer: drafts.journalSealer,
        draftUpdatedAt: storedAt
      }
    }
    void load().then((next) => {
      if (!isCancelled) setSetup(next)
    })
    return () => {
      isCancelled = true
    }
    // Read once per form: settings changing while typing must not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [patientId, sessionId, patients, races, sessions, drafts, clock])

  return setup
}
