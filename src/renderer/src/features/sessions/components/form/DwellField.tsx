import { useId } from 'react'
import { useFieldError, useMuscleField } from '../../hooks/sessionFormContext'
import type { DwellUnit } from '../../model/formState'

export type DwellFieldProps = { index: number }

/** How long the needle stayed in, in seconds or minutes as the therapist thinks of it. */
export function DwellField({ index }: DwellFieldProps) {
  const [dwell, setDwell] = useMuscleField(index, 'dwell')
  const [unit, setUnit] = useMuscleField(index, 'dwellUnit')
  const error = useFieldError(`muscles.${index}.dwellSeconds`)
  const id = useId()
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-value`}>
        Dwell time
      </label>
      <div className="input-group">
        <input
          id={`${id}-value`}
          className="input"
          inputMode="decimal"
          autoComplete="off"
          value={dwell ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDwell(e.target.value)}
        />
        <select
          className="select"
          aria-label="Dwell time unit"
          value={unit ?? 's'}
          onChange={(e) => setUnit(e.target.value === 'min' ? 'min' : ('s' satisfies DwellUnit))}
        >
          <option value="s">sec</option>
          <option value="min">min</option>
        </select>
      </div>
      {error ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}
