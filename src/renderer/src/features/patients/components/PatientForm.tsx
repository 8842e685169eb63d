import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { formatDate } from '@shared/dates'
import type { Patient, PatientInput, Sex } from '@shared/domain/patient'
import { DISTANCE_LABELS, RACE_DISTANCE_KINDS, type RaceDistanceKind } from '@shared/domain/race'
import { Dialog } from '@renderer/components/Dialog'
import { Field } from '@renderer/components/Field'
import { Icon } from '@renderer/components/Icon'
import { badDateInputs, focusFirstInvalid } from '@renderer/lib/dateInputs'
import {
  ageText,
  patientFormErrors,
  patientFormValues,
  patientInputFromForm,
  type PatientFormValues,
  type Units
} from '../model/patientForm'
import { DiagnosesFieldset } from './DiagnosesFieldset'
import { FormSection } from './FormSection'
import { ScreeningFieldset } from './ScreeningFieldset'
import '../patients.css'
import '../patientForm.css'

const SEX_OPTIONS: readonly { value: Sex; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unspecified', label: 'Not stated' }
]

const USUAL_DISTANCE_LABELS: Record<RaceDistanceKind, string> = {
  ...DISTANCE_LABELS,
  custom: 'Other'
}

export type PatientFormProps = {
  /**
   * The saved record when editing, as it stands now (it follows changes saved elsewhere);
   * undefined for a new patient.
   */
  original: Patient | undefined
  units: Units
  today: string
  submitLabel: string
  /**
   * Saves the record, given the version of it the form was filled from; resolves with field
   * errors when it was refused, null when saved or handed to the therapist to decide.
   */
  onSave: (input: PatientInput, base: Patient | undefined) => Promise<Record<string, string> | null>
  onCancel: () => void
}

/** Every part of a patient's record, in the order a first appointment takes it. */
export function PatientForm({
  original,
  units,
  today,
  submitLabel,
  onSave,
  onCancel
}: PatientFormProps) {
  const [base, setBase] = useState(original)
  const [initial, setInitial] = useState(() => patientFormValues(original, units))
  const [values, setValues] = useState<PatientFormValues>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isSaving, setIsSaving] = useState(false)
  const [isConfirmingCancel, setIsConfirmingCancel] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current)
  }, [focusRequest])

  const set = (patch: Partial<PatientFormValues>): void => setValues((v) => ({ ...v, ...patch }))
  const isDirty = JSON.stringify(values) !== JSON.stringify(initial)
  const errorCount = Object.keys(errors).length
  const isChangedElsewhere =
    original !== undefined && base !== undefined && original.updatedAt !== base.updatedAt

  // An untouched form follows the record when another window saves it; a touched one keeps
  // what was typed, and saving then shows both (see PatientFormPage).
  if (isChangedElsewhere && !isDirty && original) {
    const next = patientFormValues(original, units)
    setBase(original)
    setInitial(next)
    setValues(next)
  }

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isSaving) return
    const input = patientInputFromForm(values, units, base)
    const found = { ...patientFormErrors(values, input, today), ...badDateInputs(formRef.current) }
    if (Object.keys(found).length > 0) {
      setErrors(found)
      setFocusRequest((n) => n + 1)
      return
    }
    setIsSaving(true)
    const refused = await onSave(input, base)
    setIsSaving(false)
    if (refused) {
      setErrors(refused)
      setFocusRequest((n) => n + 1)
    }
  }

  const handleCancel = (): void => {
    if (isDirty) setIsConfirmingCancel(true)
    else onCancel()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault()
      handleCancel()
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      formRef.current?.requestSubmit()
    }
  }

  const age = ageText(values.dateOfBirth, today)

  return (
    <form
      autoComplete="off"
      ref={formRef}
      className="patient-form"
      noValidate
      onSubmit={(e) => void handleSubmit(e)}
      onKeyDown={handleKeyDown}
      aria-label={submitLabel}
    >
      {isChangedElsewhere && isDirty ? (
        <div className="alert alert--info" role="status">
          <Icon name="info" />
          <span>
            This patient was changed in another window while you were editing. Saving shows what
            changed there, so you can keep both.
          </span>
        </div>
      ) : null}
      {errorCount > 0 ? (
        <div className="alert alert--danger" role="alert">
          <Icon name="alert" />
          <span>
            {errorCount === 1
              ? 'One thing needs fixing before this can be saved.'
              : `${errorCount} things need fixing before this can be saved.`}{' '}
            Nothing has been saved yet.
          </span>
        </div>
      ) : null}

      <FormSection title="Patient" intro="Name, date of birth and how to reach them.">
        <div className="form-grid">
          <Field label="First name" error={errors['firstName']}>
            <input
              className="input"
              name="firstName"
              autoComplete="off"
              autoFocus
              value={values.firstName}
              onChange={(e) => set({ firstName: e.target.value })}
            />
          </Field>
          <Field label="Last name" error={errors['lastName']}>
            <input
              className="input"
              name="lastName"
              autoComplete="off"
              value={values.lastName}
              onChange={(e) => set({ lastName: e.target.value })}
            />
          </Field>
          <Field
            label="Date of birth"
            error={errors['dateOfBirth']}
            hint={<span aria-live="polite">{age ?? 'The age is worked out from it'}</span>}
          >
            <input
              className="input"
              type="date"
              name="dateOfBirth"
              max={today}
              value={values.dateOfBirth}
              onChange={(e) => set({ dateOfBirth: e.target.value })}
            />
          </Field>
          <Field label="Sex" error={errors['sex']}>
            <select
              className="select"
              name="sex"
              value={values.sex}
              onChange={(e) => set({ sex: e.target.value as Sex })}
            >
              {SEX_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Phone" error={errors['phone']}>
            <input
              className="input"
              type="tel"
              name="phone"
              autoComplete="off"
              value={values.phone}
              onChange={(e) => set({ phone: e.target.value })}
            />
          </Field>
          <Field label="Email" error={errors['email']}>
            <input
              className="input"
              type="email"
              name="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => set({ email: e.target.value })}
            />
          </Field>
        </div>
      </FormSection>

      <FormSection
        title="Running"
        intro={`Weekly volume in ${units === 'mi' ? 'miles' : 'kilometres'}, as set for the clinic in Settings.`}
      >
        <div className="form-grid form-grid--3">
          <Field label={`Weekly volume (${units}/week)`} error={errors['running.weeklyKm']}>
            <input
              className="input"
              inputMode="decimal"
              name="running.weeklyKm"
              value={values.weeklyVolume}
              onChange={(e) => set({ weeklyVolume: e.target.value })}
            />
          </Field>
          <Field label="Years running" error={errors['running.yearsRunning']}>
            <input
              className="input"
              inputMode="decimal"
              name="running.yearsRunning"
              value={values.yearsRunning}
              onChange={(e) => set({ yearsRunning: e.target.value })}
            />
          </Field>
          <Field label="Dominant side" error={errors['running.dominantSide']}>
            <select
              className="select"
              name="running.dominantSide"
              value={values.dominantSide}
              onChange={(e) =>
                set({ dominantSide: e.target.value as PatientFormValues['dominantSide'] })
              }
            >
              <option value="">Not recorded</option>
              <option value="left">Left</option>
              <option value="right">Right</option>
            </select>
          </Field>
          <fieldset className="field field--wide">
            <legend className="field__label">Usual race distances</legend>
            <div className="row row--wrap checkbox-group">
              {RACE_DISTANCE_KINDS.map((kind) => (
                <label key={kind} className="checkbox chip">
                  <input
                    type="checkbox"
                    checked={values.usualDistances.includes(kind)}
                    onChange={(e) =>
                      set({
                        usualDistances: e.target.checked
                          ? RACE_DISTANCE_KINDS.filter(
                              (k) => k === kind || values.usualDistances.includes(k)
                            )
                          : values.usualDistances.filter((k) => k !== kind)
                      })
                    }
                  />
                  {USUAL_DISTANCE_LABELS[kind]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </FormSection>

      <FormSection
        title="Current diagnoses"
        intro="What you are treating now: a common running injury, or your own words."
      >
        <DiagnosesFieldset
          rows={values.diagnoses}
          errors={errors}
          today={today}
          onChange={(diagnoses) => set({ diagnoses })}
        />
      </FormSection>

      <FormSection
        title="History and notes"
        intro="Past injuries, and anything else worth knowing."
      >
        <div className="form-grid">
          <Field label="Injury history" error={errors['injuryHistory']} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              name="injuryHistory"
              rows={3}
              value={values.injuryHistory}
              onChange={(e) => set({ injuryHistory: e.target.value })}
            />
          </Field>
          <Field label="Notes" error={errors['notes']} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              name="notes"
              rows={3}
              value={values.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          </Field>
        </div>
      </FormSection>

      <FormSection
        title="Screening before needling"
        intro="Precautions, not contraindications: any Yes is flagged on the patient and their sessions. Nothing is blocked."
      >
        <div className="stack">
          <ScreeningFieldset
            answers={values.screening}
            onChange={(screening) => set({ screening })}
          />
          <div className="form-grid">
            <Field
              label="Screening last reviewed"
              error={errors['screening.reviewedOn']}
              hint={
                values.screeningReviewedOn
                  ? undefined
                  : 'Leave empty if the screening has not been reviewed with the patient.'
              }
            >
              <input
                className="input"
                type="date"
                name="screening.reviewedOn"
                max={today}
                value={values.screeningReviewedOn}
                onChange={(e) => set({ screeningReviewedOn: e.target.value })}
              />
            </Field>
            <div className="field field--action">
              <button
                type="button"
                className="btn btn--small"
                onClick={() => set({ screeningReviewedOn: today })}
                disabled={values.screeningReviewedOn === today}
              >
                Reviewed today ({formatDate(today)})
              </button>
            </div>
            <Field label="Screening notes" error={errors['screening.notes']} isWide>
              <textarea
                autoComplete="off"
                className="textarea"
                name="screening.notes"
                rows={2}
                value={values.screeningNotes}
                onChange={(e) => set({ screeningNotes: e.target.value })}
              />
            </Field>
          </div>
        </div>
      </FormSection>

      <FormSection
        title="Consent on file"
        intro="Informed consent to dry needling, kept with the record."
      >
        <div className="form-grid">
          <label className="checkbox field--wide">
            <input
              type="checkbox"
              name="consent.isOnFile"
              checked={values.consentOnFile}
              onChange={(e) => set({ consentOnFile: e.target.checked })}
            />
            Needling consent is on file
          </label>
          <Field label="Consent date" error={errors['consent.date']}>
            <input
              className="input"
              type="date"
              name="consent.date"
              max={today}
              disabled={!values.consentOnFile}
              value={values.consentOnFile ? values.consentDate : ''}
              onChange={(e) => set({ consentDate: e.target.value })}
            />
          </Field>
          <div className="field field--action">
            <label className="checkbox">
              <input
                type="checkbox"
                name="consent.isWritten"
                disabled={!values.consentOnFile}
                checked={values.consentOnFile && values.consentWritten}
                onChange={(e) => set({ consentWritten: e.target.checked })}
              />
              Written consent
            </label>
          </div>
        </div>
      </FormSection>

      <div className="form-actions">
        <span className="muted small">
          {isDirty ? 'Unsaved changes' : '\u00a0'}
          <span className="form-actions__keys">Enter saves · Esc cancels</span>
        </span>
        <button type="button" className="btn" onClick={handleCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : submitLabel}
        </button>
      </div>

      {isConfirmingCancel ? (
        <Dialog
          title="Discard your changes?"
          onClose={() => setIsConfirmingCancel(false)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setIsConfirmingCancel(false)}>
                Keep editing
              </button>
              <button type="button" className="btn btn--danger-solid" onClick={onCancel}>
                Discard changes
              </button>
            </>
          }
        >
          <p>What you typed on this form has not been saved.</p>
        </Dialog>
      ) : null}
    </form>
  )
}
