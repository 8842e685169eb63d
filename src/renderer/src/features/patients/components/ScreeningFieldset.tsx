import { SCREENING_KEYS, SCREENING_LABELS, type ScreeningKey } from '@shared/domain/screening'
import type { ScreeningAnswer } from '../model/patientForm'

const ANSWERS: readonly { value: ScreeningAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unasked', label: 'Not asked' }
]

export type ScreeningFieldsetProps = {
  answers: Record<ScreeningKey, ScreeningAnswer>
  onChange: (answers: Record<ScreeningKey, ScreeningAnswer>) => void
}

/**
 * Each screening precaution (docs/clinical-reference.md, "Screening before needling") as yes / no / not asked. A "yes" is a
 * precaution, not a contraindication: it is flagged wherever the therapist is about to needle.
 */
export function ScreeningFieldset({ answers, onChange }: ScreeningFieldsetProps) {
  const unasked = SCREENING_KEYS.filter((key) => answers[key] === 'unasked')
  return (
    <div className="screening">
      <div className="screening__list">
        {SCREENING_KEYS.map((key) => (
          <div key={key} className={`screening__row ${answers[key] === 'yes' ? 'is-flagged' : ''}`}>
            <span id={`screening-${key}`} className="screening__question">
              {SCREENING_LABELS[key]}
            </span>
            <div className="segmented" role="radiogroup" aria-labelledby={`screening-${key}`}>
              {ANSWERS.map((answer) => (
                <label
                  key={answer.value}
                  className={`segmented__option segmented__option--${answer.value}`}
                >
                  <input
                    type="radio"
                    name={`screening.${key}`}
                    value={answer.value}
                    checked={answers[key] === answer.value}
                    onChange={() => onChange({ ...answers, [key]: answer.value })}
                  />
                  <span>{answer.label}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
      {unasked.length > 0 ? (
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            onChange({
              ...answers,
              ...Object.fromEntries(unasked.map((key) => [key, 'no' as const]))
            })
          }
        >
          Answer the {unasked.length} not asked with No
        </button>
      ) : null}
    </div>
  )
}
