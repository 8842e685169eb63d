import { useId, useState } from 'react'
import { RUNNING_INJURIES } from '@shared/domain/injuries'
import type { Patient } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { useFieldError, useFormField, useFormValue } from '../../hooks/sessionFormContext'
import { FormTextField } from './FormTextField'
import { RaceWindowAlert } from './RaceWindowAlert'
import { TherapistSelect } from './TherapistSelect'

export type VisitSectionProps = { patient: Patient; settings: Settings }

/** When, who treated, and what for. */
export function VisitSection({ patient, settings }: VisitSectionProps) {
  const listId = useId()
  const [therapist, setTherapist] = useFormField('therapist')
  const [, setDiagnosis] = useFormField('diagnosis')
  const missingTherapist = useFieldError('therapist')
  const therapistNameError = useFieldError('therapist.name')
  const therapistError = missingTherapist ?? therapistNameError
  // A new session opens on consent (ConsentField); one already consented opens on its date.
  const isConsented = useFormValue((f) => f.consent.isGiven)
  const [isFirstStop] = useState(() => isConsented)
  const suggestions = [
    ...new Set([...patient.diagnoses.map((d) => d.label), ...RUNNING_INJURIES.map((i) => i.label)])
  ]

  return (
    <section className="card form-section" aria-labelledby="visit-title">
      <div className="card__header">
        <h2 id="visit-title">Visit</h2>
      </div>
      <div className="form-section__body stack">
        <div className="visit-grid">
          <FormTextField
            name="date"
            label="Date and time"
            type="datetime-local"
            autoFocus={isFirstStop}
          />
          <Field label="Therapist" error={therapistError}>
            <TherapistSelect settings={settings} value={therapist} onChange={setTherapist} />
          </Field>
          <div className="visit-grid__diagnosis">
            <FormTextField
              name="diagnosis"
              label="Diagnosis / presenting complaint"
              list={listId}
              placeholder="Pick from the list or type"
            />
            <datalist id={listId}>
              {suggestions.map((label) => (
                <option key={label} value={label} />
              ))}
            </datalist>
            {patient.diagnoses.length > 0 ? (
              <div className="row row--wrap diagnosis-chips">
                <span className="muted small">Current:</span>
                {patient.diagnoses.map((d, i) => (
                  <button
                    key={`${d.label}-${i}`}
                    type="button"
                    className="suggestion-chip"
                    onClick={() => setDiagnosis(d.label)}
                  >
                    {d.label}
                    {d.side ? ` · ${d.side === 'bilateral' ? 'both sides' : d.side}` : ''}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
        </div>
        <RaceWindowAlert patientId={patient.id} raceWindow={settings.raceWindow} />
      </div>
    </section>
  )
}
