import { useId, useRef, useState, type FormEvent } from 'react'
import {
  DISTANCE_LABELS,
  PRIORITY_LABELS,
  RACE_DISTANCE_KINDS,
  type Race,
  type RaceDistanceKind,
  type RacePriority
} from '@shared/domain/race'
import { Dialog } from '@renderer/components/Dialog'
import { Field } from '@renderer/components/Field'
import { badDateInputs, focusFirstInvalid } from '@renderer/lib/dateInputs'
import {
  raceFormErrors,
  raceFormValues,
  raceInputFromForm,
  type RaceFormValues
} from '../model/raceForm'
import '../races.css'

const PRIORITY_HINTS: Record<RacePriority, string> = {
  A: 'Goal race of the season',
  B: 'Important, raced hard',
  C: 'Training or fun run'
}

export type RaceFormDialogProps = {
  /** The race to edit; null for a new one. */
  race: Race | null
  patientName: string
  units: 'km' | 'mi'
  today: string
  /** Saves; resolves with field errors when refused, null when saved. */
  onSave: (input: unknown) => Promise<Record<string, string> | null>
  onClose: () => void
}

/** Add or edit one race on a patient's calendar. */
export function RaceFormDialog({
  race,
  patientName,
  units,
  today,
  onSave,
  onClose
}: RaceFormDialogProps) {
  const [values, setValues] = useState<RaceFormValues>(() => raceFormValues(race, units))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isSaving, setIsSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const formId = useId()
  const set = (patch: Partial<RaceFormValues>): void => setValues((v) => ({ ...v, ...patch }))

  const isRun = (values.date !== '' && values.date <= today) || values.result !== ''

  const showErrors = (found: Record<string, string>): void => {
    setErrors(found)
    window.setTimeout(() => focusFirstInvalid(formRef.current), 0)
  }

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isSaving) return
    const found = { ...raceFormErrors(values), ...badDateInputs(formRef.current) }
    if (Object.keys(found).length > 0) {
      showErrors(found)
      return
    }
    setIsSaving(true)
    const refused = await onSave(raceInputFromForm(values))
    setIsSaving(false)
    if (refused) showErrors(refused)
  }

  return (
    <Dialog
      title={race ? `Edit ${race.name}` : `Add a race for ${patientName}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={isSaving}>
            {race ? 'Save race' : 'Add race'}
          </button>
        </>
      }
    >
      <form
        autoComplete="off"
        id={formId}
        ref={formRef}
        noValidate
        className="race-form"
        aria-label={race ? 'Edit race' : 'Add race'}
        onSubmit={(e) => void handleSubmit(e)}
      >
        <div className="form-grid">
          <Field label="Race name" error={errors['name']} isWide>
            <input
              className="input"
              name="name"
              autoComplete="off"
              value={values.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          </Field>
          <Field label="Race date" error={errors['date']}>
            <input
              className="input"
              type="date"
              name="date"
              value={values.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          </Field>
          <Field label="Distance" error={errors['distance.kind']}>
            <select
              className="select"
              name="distance.kind"
              value={values.distanceKind}
              onChange={(e) => set({ distanceKind: e.target.value as RaceDistanceKind })}
            >
              {RACE_DISTANCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind === 'custom' ? 'Custom distance' : DISTANCE_LABELS[kind]}
                </option>
              ))}
            </select>
          </Field>
          {values.distanceKind === 'custom' ? (
            <>
              <Field label="Custom distance" error={errors['distance.value']}>
                <input
                  className="input"
                  inputMode="decimal"
                  name="distance.value"
                  value={values.customValue}
                  onChange={(e) => set({ customValue: e.target.value })}
                />
              </Field>
              <Field label="Unit" error={errors['distance.unit']}>
                <select
                  className="select"
                  name="distance.unit"
                  value={values.customUnit}
                  onChange={(e) => set({ customUnit: e.target.value === 'mi' ? 'mi' : 'km' })}
                >
                  <option value="km">km</option>
                  <option value="mi">miles</option>
                </select>
              </Field>
            </>
          ) : null}
          <div className="field field--wide">
            <span id={`${formId}-priority`} className="field__label">
              Priority
            </span>
            <div
              className="priority-choice"
              role="radiogroup"
              aria-labelledby={`${formId}-priority`}
              aria-invalid={errors['priority'] ? true : undefined}
              aria-describedby={errors['priority'] ? `${formId}-priority-error` : undefined}
            >
              {(['A', 'B', 'C'] as const).map((p) => (
                <label
                  key={p}
                  title={PRIORITY_LABELS[p]}
                  className={`priority-choice__option priority-choice__option--${p.toLowerCase()}`}
                >
                  <input
                    type="radio"
                    name="priority"
                    value={p}
                    checked={values.priority === p}
                    onChange={() => set({ priority: p })}
                  />
                  <span className={`badge badge--${p.toLowerCase()}`}>{p}</span>
                  <span>
                    <strong>{p} race</strong>
                    <span className="muted small">{PRIORITY_HINTS[p]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors['priority'] ? (
              <span id={`${formId}-priority-error`} className="field__error" role="alert">
                {errors['priority']}
              </span>
            ) : null}
          </div>
          <Field label="Goal time" error={errors['goalSeconds']} hint="h:mm:ss, e.g. 3:29:59">
            <input
              className="input num"
              name="goalSeconds"
              placeholder="h:mm:ss"
              autoComplete="off"
              value={values.goal}
              onChange={(e) => set({ goal: e.target.value })}
            />
          </Field>
          {isRun ? (
            <Field label="Result time" error={errors['resultSeconds']} hint="Once the race is run">
              <input
                className="input num"
                name="resultSeconds"
                placeholder="h:mm:ss"
                autoComplete="off"
                value={values.result}
                onChange={(e) => set({ result: e.target.value })}
              />
            </Field>
          ) : (
            <div className="field">
              <span className="field__label">Result time</span>
              <span className="muted small race-form__later">
                You can add it once the race is run.
              </span>
            </div>
          )}
          <Field label="Notes" error={errors['notes']} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              name="notes"
              rows={2}
              value={values.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          </Field>
        </div>
      </form>
    </Dialog>
  )
}
