import { useEffect, useState } from 'react'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../model/autosaver'
import { draftData } from '../model/draft'
import { clearJournal, writeJournal } from '../model/draftJournal'
import type { SessionForm } from '../model/formState'
import { createStore, type Store } from '../model/formStore'

export type DraftTarget = { id: string; patientId: string; sessionId: string | null }

export type DraftAutosave = { autosaver: Autosaver; status: Store<AutosaveStatus> }

/**
 * Keeps the form's draft in the database while it is being filled in: shortly after each
 * change, at once when focus leaves a field, when the window is hidden or closed, and when the
 * form is left for another screen. When the window goes, the form is also journaled
 * synchronously (draftJournal), so a reload, a crash or a closed window loses nothing typed.
 */
export function useDraftAutosave(form: Store<SessionForm>, target: DraftTarget): DraftAutosave {
  const { drafts } = useRepositories()
  const clock = useClock()
  const [saver] = useState<DraftAutosave>(() => {
    const status = createStore<AutosaveStatus>({ kind: 'idle' })
    const autosaver = createAutosaver({
      read: () => form.get(),
      save: async (value) => {
        const result = await drafts.put({ ...target, data: draftData(value) })
        if (!result.ok) return { ok: false, message: result.error.message }
        // The table now holds at least what the journal held.
        clearJournal(window.localStorage, target.id)
        return { ok: true }
      },
      onStatus: status.set
    })
    return { autosaver, status }
  })

  useEffect(() => {
    const { autosaver } = saver
    const unsubscribe = form.subscribe(() => autosaver.change())
    const keepBeforeLeaving = (): void => {
      if (!autosaver.isTouched()) return
      writeJournal(window.localStorage, target.id, {
        data: draftData(form.get()),
        at: clock().toISOString()
      })
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
  }, [form, saver, target.id, clock])

  return saver
}
