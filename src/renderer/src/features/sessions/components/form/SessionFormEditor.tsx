import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent
} from 'react'
import { formatDate, stampAfter } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import { validationFailure } from '@shared/domain/validation'
import { Link, navigate } from '@renderer/lib/router'
import type { Route } from '@renderer/lib/routes'
import { PageHeader } from '@renderer/components/PageHeader'
import { SessionFormContext, type FieldErrors } from '../../hooks/sessionFormContext'
import {
  resolveDraftConflict,
  useDraftAutosave,
  useDraftFollow
} from '../../hooks/useDraftAutosave'
import { useStoreValue } from '../../hooks/useStoreValue'
import { DraftConflictNotice } from '../draft/DraftConflictNotice'
import { useSessionFormWrites } from '../../hooks/useSessionWrites'
import type { FormSetup } from '../../hooks/useSessionFormSetup'
import { createStore } from '../../model/formStore'
import { clearJournal, writeJournal } from '../../model/draftJournal'
import { draftData } from '../../model/draft'
import { newId } from '@shared/ids'
import { useClock } from '@renderer/lib/clock'
import { followVisitDate } from '../../model/formUpdates'
import { checkSessionForm } from '../../model/validation'
import { AfterSection } from './AfterSection'
import { BeforeSection } from './BeforeSection'
import { DiscardDraftButton } from '../draft/DiscardDraftButton'
import { DiscardDraftDialog } from '../draft/DiscardDraftDialog'
import { DraftRestoredNote } from '../draft/DraftRestoredNote'
import { DraftStatusText } from '../draft/DraftStatusText'
import { MeasuresSection } from './MeasuresSection'
import { NeedlingSection } from './NeedlingSection'
import { TakeHomeSection } from './TakeHomeSection'
import { VisitSection } from './VisitSection'

export type SessionFormEditorProps = {
  setup: Extract<FormSetup, { status: 'ready' }>
  settings: Settings
}

/** Moves focus to the first field whose input was refused, so it can be fixed at once. */
function focusFirstProblem(root: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target = root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]')
    if (!target) return
    const focusable =
      target.getAttribute('role') === 'radiogroup'
        ? target.querySelector<HTMLElement>('[tabindex="0"]')
        : target
    target.scrollIntoView({ block: 'center' })
    focusable?.focus({ preventScroll: true })
  })
}

const SHOW_SAVING_AFTER_MS = 150

const isTextEntry = (el: EventTarget): boolean =>
  el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)

/**
 * The session form. Fields read their own slice of one store, so typing re-renders only the
 * field typed in; the draft is written a moment later, never on each keystroke.
 */
export function SessionFormEditor({ setup, settings }: SessionFormEditorProps) {
  const { patient, session, lastSession } = setup
  const writes = useSessionFormWrites()
  const [stores] = useState(() => ({
    form: createStore(setup.initial),
    errors: createStore<FieldErrors>({})
  }))
  const [restoredAt, setRestoredAt] = useState(setup.restoredDraftAt)
  const [isDraftUnreadable, setIsDraftUnreadable] = useState(setup.isDraftUnreadable)
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false)
  const [isSaving, setIsSaving] = useState(false)
  const savingRef = useRef(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const saver = useDraftAutosave(stores.form, setup.draftTarget, setup.draftUpdatedAt)
  const { autosaver, status } = saver
  const conflict = useStoreValue(saver.conflict, (c) => c)
  // Another window's version was loaded: the fields show it, the restored note no longer applies.
  const showLoaded = useCallback(() => setGeneration((g) => g + 1), [])
  useDraftFollow(saver, stores.form, setup.draftTarget, showLoaded)
  const formRef = useRef<HTMLFormElement>(null)
  const isEdit = session !== null
  const clock = useClock()
  // A new session's id is chosen when the form opens, so a save interrupted by a closed
  // window can be looked up on the next open (saveJournal).
  const [newSessionId] = useState(newId)

  // The consent date and the race advice follow the session's date and time as it is set.
  useEffect(() => {
    const isNearRace = (date: string): boolean =>
      raceWindowWarnings(date, setup.races, settings.raceWindow).length > 0
    let previous = stores.form.get().date
    return stores.form.subscribe(() => {
      const { date } = stores.form.get()
      if (date === previous) return
      const before = previous
      previous = date
      stores.form.set((f) => followVisitDate(f, before, isNearRace))
    })
  }, [stores, setup.races, settings.raceWindow])
  const backTo: Route = session
    ? { name: 'session', patientId: patient.id, sessionId: session.id }
    : { name: 'patient', patientId: patient.id, tab: 'overview' }

  const refuse = (fields: Record<string, string>): void => {
    stores.errors.set(fields)
    setProblem(validationFailure(fields).message)
    focusFirstProblem(formRef.current)
  }

  const save = async (): Promise<void> => {
    // A ref, not state: a second press before the next render must not save twice.
    if (savingRef.current) return
    const check = checkSessionForm(stores.form.get(), patient.diagnoses, settings.units)
    if (!check.ok) return refuse(check.fields)
    savingRef.current = true
    // A save takes milliseconds; "Saving…" only shows when the disk is slow.
    const showSaving = window.setTimeout(() => setIsSaving(true), SHOW_SAVING_AFTER_MS)
    if (problem !== null) setProblem(null)
    // Before anything asynchronous, the form is journaled with the session it is about to
    // write: stopping the autosaver drops its pending draft, and a window closed or reloaded
    // during the save must still find either the saved session or this copy.
    writeJournal(
      window.localStorage,
      setup.draftTarget.id,
      {
        data: draftData(stores.form.get(), {
          sessionId: session?.id ?? newSessionId,
          isNew: session === null
        }),
        // Later than the stored draft, so the next open prefers this copy.
        at: stampAfter(clock(), saver.known.get())
      },
      setup.journalSealer
    )
    // The save deletes the draft in its own transaction; no draft write may land after it.
    await autosaver.stop()
    const result = session
      ? await writes.update(session.id, check.input, session.updatedAt)
      : await writes.create(patient.id, check.input, newSessionId)
    window.clearTimeout(showSaving)
    if (!result.ok) {
      savingRef.current = false
      autosaver.resume()
      autosaver.change()
      setIsSaving(false)
      if (result.error.kind === 'validation') return refuse(result.error.fields)
      setProblem(
        result.error.kind === 'conflict'
          ? `${result.error.message} What you typed is kept as a draft; open the session to see the other change first.`
          : result.error.message
      )
      return
    }
    clearJournal(window.localStorage, setup.draftTarget.id)
    navigate(
      { name: 'session', patientId: patient.id, sessionId: result.value.id },
      { replace: true }
    )
  }

  const discard = async (): Promise<void> => {
    setIsConfirmingDiscard(false)
    await autosaver.stop()
    const removed = await writes.discardDraft(setup.draftTarget.id)
    if (!removed.ok) {
      autosaver.resume()
      // The draft stays, so what is on screen must still reach it.
      autosaver.change()
      return
    }
    clearJournal(window.localStorage, setup.draftTarget.id)
    stores.form.set(setup.fresh())
    stores.errors.set({})
    autosaver.resume()
    setRestoredAt(null)
    setIsDraftUnreadable(false)
    setProblem(null)
    setGeneration((g) => g + 1)
  }

  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault()
    void save()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    const isMod = event.ctrlKey || event.metaKey
    if (isMod && (event.key === 'Enter' || event.key.toLowerCase() === 's')) {
      event.preventDefault()
      void save()
    } else if (event.key === 'Enter' && !isMod && isTextEntry(event.target)) {
      // Enter in a box moves nothing and saves nothing: saving is a deliberate act.
      event.preventDefault()
    }
  }

  // The sections read the store themselves: the editor's own state (saving, problems) must
  // not re-render the whole form.
  const sections = useMemo(
    () => (
      <div key={generation} className="stack">
        <VisitSection patient={patient} settings={settings} />
        <BeforeSection patient={patient} />
        <NeedlingSection lastSession={lastSession} />
        <AfterSection />
        <MeasuresSection lastSession={lastSession} settings={settings} />
        <TakeHomeSection patient={patient} settings={settings} />
      </div>
    ),
    [generation, patient, settings, lastSession]
  )

  const subtitle = (
    <>
      <Link to={{ name: 'patient', patientId: patient.id, tab: 'overview' }}>
        {fullName(patient)}
      </Link>
      {lastSession ? (
        <span> · last seen {formatDate(lastSession.date)}</span>
      ) : (
        <span> · first session</span>
      )}
      {session ? <span> · session of {formatDate(session.date)}</span> : null}
    </>
  )

  return (
    <SessionFormContext.Provider value={stores}>
      <div className="page session-form-page">
        <PageHeader
          title={isEdit ? 'Edit session' : 'Log session'}
          subtitle={subtitle}
          actions={
            <Link to={backTo} className="btn">
              Close
            </Link>
          }
        />
        <form
          autoComplete="off"
          ref={formRef}
          className="session-form"
          aria-label={isEdit ? 'Edit session' : 'Log session'}
          noValidate
          onSubmit={handleSubmit}
          onKeyDown={handleKeyDown}
          onBlur={() => void autosaver.flush()}
        >
          {restoredAt ? (
            <DraftRestoredNote
              savedAt={restoredAt}
              onDiscard={() => setIsConfirmingDiscard(true)}
            />
          ) : null}
          {conflict ? (
            <DraftConflictNotice
              current={conflict.current}
              onKeepMine={() => resolveDraftConflict(saver, stores.form, 'mine')}
              onUseTheirs={() => {
                if (resolveDraftConflict(saver, stores.form, 'theirs')) showLoaded()
              }}
            />
          ) : null}
          {isDraftUnreadable ? (
            <div className="alert alert--warning" role="note">
              A draft was found that this version of Racepoint cannot read; it is replaced as soon
              as you type.
            </div>
          ) : null}
          {sections}
          <div className="form-footer">
            <div className="grow stack" style={{ gap: 2 }}>
              {problem ? (
                <span className="field__error" role="alert">
                  Not saved. {problem}
                </span>
              ) : null}
              <DraftStatusText status={status} isRestored={restoredAt !== null} />
            </div>
            <DiscardDraftButton
              status={status}
              isRestored={restoredAt !== null}
              onClick={() => setIsConfirmingDiscard(true)}
            />
            <button type="submit" className="btn btn--primary" disabled={isSaving}>
              {isSaving ? 'Saving…' : isEdit ? 'Save changes' : 'Save session'}
              <kbd className="kbd-hint" aria-hidden="true">
                Ctrl+Enter
              </kbd>
            </button>
          </div>
        </form>
        <p className="muted small form-help">
          Tab moves between fields, pain scales take a number key, Ctrl+Enter saves. What you type
          is kept as a draft on this computer until you save it or discard it.
        </p>
      </div>
      {isConfirmingDiscard ? (
        <DiscardDraftDialog
          isEdit={isEdit}
          onConfirm={() => void discard()}
          onClose={() => setIsConfirmingDiscard(false)}
        />
      ) : null}
    </SessionFormContext.Provider>
  )
}
