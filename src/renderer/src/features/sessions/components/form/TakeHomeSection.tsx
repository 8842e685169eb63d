import { formatDate, isLocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { ADVICE_ITEMS } from '@shared/domain/sheet/advice'
import { fillPlaceholders, sheetPlaceholderValues } from '@shared/domain/sheet/placeholders'
import { useFormValue, useSessionFormStores } from '../../hooks/sessionFormContext'
import { toggleAdvice } from '../../model/formUpdates'
import { FormTextField } from './FormTextField'

const GROUPS = [
  { group: 'helps', title: 'What helps' },
  { group: 'avoid', title: 'What to avoid' }
] as const

export type TakeHomeSectionProps = { patient: Patient; settings: Settings }

/**
 * What goes on the take-home sheet, and what comes next. Each piece of advice reads as the
 * sheet will print it: the clinic's own text, placeholders filled in.
 */
export function TakeHomeSection({ patient, settings }: TakeHomeSectionProps) {
  const { form } = useSessionFormStores()
  const advice = useFormValue((f) => f.advice)
  const therapistName = useFormValue((f) => f.therapist?.name ?? '')
  const date = useFormValue((f) => f.date)
  const values = sheetPlaceholderValues({
    patient,
    therapistName,
    sessionDate: isLocalDateTime(date) ? formatDate(date) : '',
    clinic: settings.clinic
  })
  return (
    <section className="card form-section" aria-labelledby="take-home-title">
      <div className="card__header">
        <h2 id="take-home-title">Take-home and next steps</h2>
      </div>
      <div className="form-section__body take-home-grid">
        <fieldset className="stack advice" style={{ gap: 6 }}>
          <legend className="field__label">Advice for the take-home sheet</legend>
          {GROUPS.map(({ group, title }) => (
            <div key={group} className="stack" style={{ gap: 4 }}>
              <span className="muted small advice__group">{title}</span>
              {ADVICE_ITEMS.filter((item) => item.group === group).map((item) => {
                const text = fillPlaceholders(settings.sheet.advice[item.id], values)
                return (
                  <label key={item.id} className="checkbox advice__item">
                    <input
                      type="checkbox"
                      checked={advice.includes(item.id)}
                      onChange={(e) => form.set((f) => toggleAdvice(f, item.id, e.target.checked))}
                    />
                    <span>
                      {text || (
                        <span className="muted">
                          (The clinic’s text for this is empty: nothing prints.)
                        </span>
                      )}
                    </span>
                  </label>
                )
              })}
            </div>
          ))}
        </fieldset>
        <div className="stack" style={{ gap: 12 }}>
          <FormTextField
            name="homeExercises"
            label="Home exercises"
            isMultiline
            rows={4}
            placeholder="One exercise per line, e.g. Slow heel raises, 3 × 15"
          />
          <div className="grid-2" style={{ gap: 12 }}>
            <FormTextField name="nextAppointment" label="Next appointment" type="datetime-local" />
          </div>
          <FormTextField name="notes" label="Notes" isMultiline rows={2} />
        </div>
      </div>
    </section>
  )
}
