import { useEffect, useId, useRef, useState } from 'react'
import { formatDate } from '@shared/dates'
import type { ConsentOnFile } from '@shared/domain/patient'
import { Icon } from '@renderer/components/Icon'
import { useFieldError, useFormValue, useSessionFormStores } from '../../hooks/sessionFormContext'
import type { SessionForm } from '../../model/formState'
import { clearErrorsAt } from '../../model/formUpdates'

export type ConsentFieldProps = { onFile: ConsentOnFile }

/** Consent before needling (docs/clinical-reference.md, "The session record": CO 4 CCR 732-1 Rule 11(F), VA 18VAC112-20-121(C), NJ). */
export function ConsentField({ onFile }: ConsentFieldProps) {
  const { form, errors } = useSessionFormStores()
  const consent = useFormValue((f) => f.consent)
  const hasNeedling = useFormValue((f) => f.hasNeedling)
  const givenError = useFieldError('consent.isGiven')
  const dateError = useFieldError('consent.date')
  const sessionDay = useFormValue((f) => f.date.slice(0, 10))
  const id = useId()
  // Where consent starts (a new session, consent not yet confirmed), the form opens on it.
  const [isFirstStop] = useState(() => !consent.isGiven)
  // The date follows the session's own (or the consent on file): it is said, one stop for Tab,
  // and becomes a field when the therapist changes it or it is refused.
  const [isChanging, setIsChanging] = useState(false)
  const dateInput = useRef<HTMLInputElement>(null)
  const showDetails = isChanging || consent.date === '' || Boolean(dateError)
  useEffect(() => {
    if (isChanging) dateInput.current?.focus()
  }, [isChanging])

  const change = (patch: Partial<SessionForm['consent']>, path: string): void => {
    form.set((f) => ({ ...f, consent: { ...f.consent, ...patch } }))
    errors.set((e) => clearErrorsAt(e, path))
  }

  return (
    <div className="stack consent" style={{ gap: 8 }}>
      <span className="field__label">Consent</span>
      {onFile.isOnFile ? (
        <p className="consent__on-file">
          <Icon name="check" size={15} />
          {onFile.isWritten ? 'Written' : 'Verbal'} consent on file
          {onFile.date ? ` since ${formatDate(onFile.date)}` : ''}
        </p>
      ) : (
        <div className="alert alert--warning" role="note">
          <Icon name="alert" size={16} />
          <span>
            <strong>No needling consent on file.</strong> Take consent and confirm it here before
            needling.
          </span>
        </div>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          autoFocus={isFirstStop}
          checked={consent.isGiven}
          aria-invalid={givenError ? true : undefined}
          aria-describedby={givenError ? `${id}-given` : undefined}
          onChange={(e) => change({ isGiven: e.target.checked }, 'consent.isGiven')}
        />
        <span>
          Consent to needling confirmed{hasNeedling ? '' : ' (not needed without needling)'}
        </span>
      </label>
      {givenError ? (
        <span id={`${id}-given`} className="field__error" role="alert">
          {givenError}
        </span>
      ) : null}
      {showDetails ? null : (
        <p className="row consent__details small">
          <span className="muted">
            {consent.date === sessionDay
              ? `Given the day of the session (${formatDate(consent.date)})`
              : `Given on ${formatDate(consent.date)}`}
            {consent.isWritten ? ', written' : ', verbal'}
          </span>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => setIsChanging(true)}
          >
            Change consent date
          </button>
        </p>
      )}
      {showDetails ? (
        <div className="row consent__details">
          <label className="small muted" htmlFor={`${id}-date`}>
            Given on
          </label>
          <input
            ref={dateInput}
            id={`${id}-date`}
            className="input input--compact"
            type="date"
            value={consent.date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => change({ date: e.target.value }, 'consent.date')}
          />
          <label className="checkbox small">
            <input
              type="checkbox"
              checked={consent.isWritten}
              onChange={(e) => change({ isWritten: e.target.checked }, 'consent.isWritten')}
            />
            Written
          </label>
        </div>
      ) : null}
      {dateError ? (
        <span id={`${id}-date-error`} className="field__error" role="alert">
          {dateError}
        </span>
      ) : null}
    </div>
  )
}
