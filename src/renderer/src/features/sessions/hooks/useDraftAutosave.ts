import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { stampAfter } from '@shared/dates'
import type { Draft } from '@renderer/db/database'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../model/autosaver'
import { draftData, readDraft, readDraftData } from '../model/draft'
import { clearJournal, readJournal, writeJournal } from '../model/draftJournal'
import type { SessionForm } from '../model/formState'
import { createStore, type Store } from '../model/formStore'

const OTHER_WINDOW = 'This form was also changed in another window.'

export type DraftTarget = { id: string; patientId: string; sessionId: string | null }

/**
 * Another window wrote this form's draft since this one last did (`current`), or saved or
 * discarded it (`current` null). Nothing more is written until the therapist chooses.
 */
export type DraftConflict = { current: Draft | null }

export type DraftAutosave = {
  autosaver: Autosaver
  status: Store<AutosaveStatus>
  conflict: Store<DraftConflict | null>
  /** The draft's updatedAt as this window last wrote or read it. */
  known: Store<string | null>
}

/**
 * Keeps the form's draft in the database while it is being filled in: shortly after each
 * change, at once when focus leaves a field, when the window is hidden or closed, and when the
 * form is left for another screen. When the window goes, the form is also journaled
 * synchronously (draftJournal), so a reload, a crash or a closed window loses nothing typed.
 */
export function useDraftAutosave(
  form: Store<SessionForm>,
  target: DraftTarget,
  draftUpdatedAt: string | null
): DraftAutosave {
  const { drafts } = useRepositories()
  const clock = useClock()
  const [saver] = useState<DraftAutosave>(() => {
    const status = createStore<AutosaveStatus>({ kind: 'idle' })
    const conflict = createStore<DraftConflict | null>(null)
    const known = createStore<string | null>(draftUpdatedAt)
    const autosaver = createAutosaver({
      read: () => form.get(),
      save: async (value) => {
        if (conflict.get()) return { ok: false, message: OTHER_WINDOW }
        const result = await drafts.put(
          { ...target, data: draftData(value) },
          { expectedUpdatedAt: known.get() }
        )
        if (!result.ok) {
          if (result.error.kind === 'conflict') conflict.set({ current: result.error.current })
          return { ok: false, message: result.error.message }
        }
        known.set(result.value.updatedAt)
        // The table now holds at least what an unload journal held; not what the journal of a
        // save under way holds (this write may have started before Save was pressed).
        const journal = readJournal(window.localStorage, target.id, drafts.journalSealer)
        if (!readDraftData(journal?.data)?.savingAs) clearJournal(window.localStorage, target.id)
        return { ok: true }
      },
      onStatus: status.set
    })
    return { autosaver, status, conflict, known }
  })

  useEffect(() => {
    const { autosaver } = saver
    const unsubscribe = form.subscribe(() => autosaver.change())
    const keepBeforeLeaving = (): void => {
      if (!autosaver.isTouched()) return
      writeJournal(
        window.localStorage,
        target.id,
        {
          data: draftData(form.get()),
          // Later than the stored draft, so the next open prefers this copy.
          at: stampAfter(clock(), saver.known.get())
        },
        drafts.journalSealer
      )
      void autosaver.flush()
    }
    const handleVisibility = (): void => {
      if (document.visibilityState === 'hidden') keepBeforeLeaving()
    }
    document.addEventListener('visibilitychange', handleVisibility)
    window.addEventListener('pagehide', keepBeforeLeaving)
    return () => {
      unsubscribe()
      document.removeEventListener('visibilitychange', handleVisibility)
      window.removeEventListener('pagehide', keepBeforeLeaving)
      // Leaving the form (another screen, another patient) keeps what was typed.
      void autosaver.flush()
    }
  }, [form, saver, target.id, clock, drafts])

  return saver
}

/**
 * Follows this form's draft as other windows write it. A form with nothing unsaved takes the
 * other window's version at once (the form shows what was last typed anywhere); one with
 * unsaved typing stops saving and asks which version to keep (`conflict`).
 */
export function useDraftFollow(
  saver: DraftAutosave,
  form: Store<SessionForm>,
  target: DraftTarget,
  onFollow: (next: SessionForm) => void
): void {
  const { drafts } = useRepositories()
  const row = useLiveQuery(async () => (await drafts.get(target.id)) ?? null, [drafts, target.id])
  useEffect(() => {
    if (row === undefined) return
    const { autosaver, conflict, known } = saver
    if (autosaver.isStopped()) return
    if ((row?.updatedAt ?? null) === known.get() || conflict.get()) return
    if (row === null) {
      // Saved or discarded elsewhere: only a form with typing of its own needs to say so.
      if (known.get() !== null && autosaver.hasUnsaved()) conflict.set({ current: null })
      else known.set(null)
      return
    }
    const theirs = readDraft(row.data)
    if (autosaver.hasUnsaved() || !theirs) {
      conflict.set({ current: row })
      return
    }
    known.set(row.updatedAt)
    if (JSON.stringify(theirs) === JSON.stringify(form.get())) return
    form.set(theirs)
    // What was just loaded is the stored draft: nothing to write back.
    autosaver.resume()
    onFollow(theirs)
  }, [row, saver, form, onFollow])
}

/** The therapist's choice after another window changed the draft. */
export function resolveDraftConflict(
  saver: DraftAutosave,
  form: Store<SessionForm>,
  choice: 'mine' | 'theirs'
): SessionForm | null {
  const { autosaver, conflict, known } = saver
  const current = conflict.get()?.current ?? null
  known.set(current?.updatedAt ?? null)
  conflict.set(null)
  if (choice === 'mine' || !current) {
    autosaver.resume()
    autosaver.change()
    void autosaver.flush()
    return null
  }
  const theirs = readDraft(current.data)
  if (!theirs) return null
  form.set(theirs)
  autosaver.resume()
  return theirs
}
