import { SIDE_LABELS, type Side } from '@shared/domain/common'
import { RUNNING_INJURIES } from '@shared/domain/injuries'
import { Field } from '@renderer/components/Field'
import { Icon } from '@renderer/components/Icon'
import { diagnosisField, newDiagnosisRow, type DiagnosisRow } from '../model/patientForm'

export type DiagnosesFieldsetProps = {
  rows: DiagnosisRow[]
  errors: Record<string, string>
  today: string
  onChange: (rows: DiagnosisRow[]) => void
}

/** Current diagnoses: a running injury from the list or free text, with side and since-date. */
export function DiagnosesFieldset({ rows, errors, today, onChange }: DiagnosesFieldsetProps) {
  const update = (index: number, patch: Partial<DiagnosisRow>): void =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const handleAdd = (): void => {
    onChange([...rows, newDiagnosisRow()])
    // The new row's first control takes focus so the therapist can pick straight away.
    window.setTimeout(() => {
      document.getElementById(`${diagnosisField(rows.length, 'code')}-control`)?.focus()
    }, 0)
  }

  return (
    <div className="stack">
      {rows.length === 0 ? <p className="muted">No current diagnosis recorded.</p> : null}
      {rows.map((row, index) => {
        const labelError = errors[diagnosisField(index, 'label')]
        return (
          <fieldset key={row.key} className="diagnosis-row">
            <legend className="visually-hidden">Diagnosis {index + 1}</legend>
            <Field
              label="Diagnosis"
              error={row.choice === 'other' ? undefined : labelError}
              className="diagnosis-row__choice"
            >
              <select
                id={`${diagnosisField(index, 'code')}-control`}
                className="select"
                name={diagnosisField(index, 'code')}
                value={row.choice}
                onChange={(e) =>
                  update(index, { choice: e.target.value as DiagnosisRow['choice'] })
                }
              >
                <option value="">Choose…</option>
                {RUNNING_INJURIES.map((injury) => (
                  <option key={injury.code} value={injury.code}>
                    {injury.label}
                  </option>
                ))}
                <option value="other">Other (type it)</option>
              </select>
            </Field>
            {row.choice === 'other' ? (
              <Field label="Describe it" error={labelError} className="diagnosis-row__label">
                <input
                  className="input"
                  name={diagnosisField(index, 'label')}
                  value={row.label}
                  onChange={(e) => update(index, { label: e.target.value })}
                />
              </Field>
            ) : null}
            <Field label="Side" error={errors[diagnosisField(index, 'side')]}>
              <select
                className="select"
                name={diagnosisField(index, 'side')}
                value={row.side}
                onChange={(e) => update(index, { side: e.target.value as Side | '' })}
              >
                <option value="">Not specified</option>
                {(Object.keys(SIDE_LABELS) as Side[]).map((side) => (
                  <option key={side} value={side}>
                    {SIDE_LABELS[side]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Since" error={errors[diagnosisField(index, 'since')]}>
              <input
                className="input"
                type="date"
                max={today}
                name={diagnosisField(index, 'since')}
                value={row.since}
                onChange={(e) => update(index, { since: e.target.value })}
              />
            </Field>
            <button
              type="button"
              className="btn btn--ghost btn--small diagnosis-row__remove"
              aria-label={`Remove diagnosis ${index + 1}`}
              title="Remove this diagnosis"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <Icon name="x" size={16} />
            </button>
          </fieldset>
        )
      })}
      <div>
        <button type="button" className="btn btn--small" onClick={handleAdd}>
          <Icon name="plus" size={15} /> Add diagnosis
        </button>
      </div>
    </div>
  )
}
