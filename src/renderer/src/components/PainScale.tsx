import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import './painScale.css'

export type PainScaleProps = {
  /** What is rated: "Pain before", "Pain during". */
  label: string
  /** NPRS 0-10, or null when not rated. */
  value: number | null
  onChange: (value: number | null) => void
  error?: string | undefined
  hint?: ReactNode
  isCompact?: boolean
}

const SCORES = Array.from({ length: 11 }, (_, i) => i)

/** A second key within this time makes a two-digit score ("1" then "0" is 10). */
const TWO_DIGIT_MS = 900

/**
 * Numeric Pain Rating Scale, 0-10 (whole points). One click picks a score; from the keyboard,
 * type the number (1 then 0 for 10), or use the arrow keys; Delete clears it.
 */
export function PainScale({
  label,
  value,
  onChange,
  error,
  hint,
  isCompact = false
}: PainScaleProps) {
  const id = useId()
  const labelId = `${id}-label`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const lastDigit = useRef<{ digit: string; at: number } | null>(null)

  const choose = (score: number | null): void => {
    onChange(score)
    buttons.current[score ?? 0]?.focus()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const { key } = event
    if (/^[0-9]$/.test(key)) {
      event.preventDefault()
      const previous = lastDigit.current
      const isTen =
        key === '0' && previous?.digit === '1' && event.timeStamp - previous.at < TWO_DIGIT_MS
      lastDigit.current = { digit: key, at: event.timeStamp }
      choose(isTen ? 10 : Number(key))
      return
    }
    lastDigit.current = null
    const current = value ?? -1
    if (key === 'ArrowRight' || key === 'ArrowUp') {
      event.preventDefault()
      choose(Math.min(10, current + 1))
    } else if (key === 'ArrowLeft' || key === 'ArrowDown') {
      event.preventDefault()
      choose(Math.max(0, current - 1))
    } else if (key === 'Home') {
      event.preventDefault()
      choose(0)
    } else if (key === 'End') {
      event.preventDefault()
      choose(10)
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault()
      choose(null)
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')

  return (
    <div className={`field pain-scale ${isCompact ? 'pain-scale--compact' : ''}`}>
      <span className="field__label">
        <span id={labelId}>{label}</span>
        {value !== null ? (
          <span className="pain-scale__value" aria-hidden="true">
            {' '}
            · {value}/10
          </span>
        ) : null}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        className="pain-scale__options"
        onKeyDown={handleKeyDown}
      >
        {SCORES.map((score) => {
          const isChecked = value === score
          const isTabStop = value === null ? score === 0 : isChecked
          return (
            <button
              key={score}
              ref={(el) => {
                buttons.current[score] = el
              }}
              type="button"
              role="radio"
              aria-checked={isChecked}
              tabIndex={isTabStop ? 0 : -1}
              className={`pain-scale__option pain-scale__option--${score}`}
              title={score === 0 ? 'No pain' : score === 10 ? 'Worst pain imaginable' : undefined}
              onClick={() => onChange(isChecked ? null : score)}
            >
              {score}
            </button>
          )
        })}
      </div>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}
