import { useId, type ReactNode } from 'react'

export type SegmentedProps<V extends string> = {
  legend: ReactNode
  /** Groups the radios; unique on the page. */
  name: string
  options: readonly { value: V; label: string }[]
  value: V | null
  onChange: (value: V) => void
  error?: string | undefined
  className?: string
}

/** A short choice as one row of radio buttons: one click, or arrow keys once tabbed into. */
export function Segmented<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  className
}: SegmentedProps<V>) {
  const errorId = useId()
  return (
    <fieldset className={`field ${className ?? ''}`}>
      <legend className="field__label">{legend}</legend>
      <div className={`segmented ${error ? 'segmented--invalid' : ''}`}>
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  )
}
