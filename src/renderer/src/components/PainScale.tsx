import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
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

/** How the scale is used from the keyboard, under every scale. */
export const PAIN_SCALE_KEYS = 'Type 0–9, or 1 then 0 for 10; arrows move, Delete clears.'

/**
 * What a digit typed on the scale does, given the digit typed just before on it (null after
 * any other key, a click or leaving the scale). Never timed: "1" then "0" is 10 however long
 * the pause, and a second digit that would go past 10 ("1" then "1") is refused, not read as
 * a new score.
 */
export function typedScore(
  previous: string | null,
  digit: string
): { score: number; pending: string | null } | { refused: string } {
  if (previous === '1') {
    if (digit === '0') return { score: 10, pending: null }
    return { refused: `1${digit} is not on the scale, which goes from 0 to 10` }
  }
  return { score: Number(digit), pending: digit === '1' ? '1' : null }
}

/**
 * Numeric Pain Rating Scale, 0-10 (whole points). One click picks a score; from the keyboard,
 * type the number (1 then 0 for 10), or use the arrow keys; Delete clears it. Each change is
 * announced, and so is a key that changed nothing.
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
  const announceId = `${id}-announce`
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const pendingDigit = useRef<string | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const say = (score: number | null, pending: string | null = null): string =>
    score === null
      ? `${label}: not rated`
      : `${label}: ${score} out of 10${pending === '1' ? '. Type 0 now for 10' : ''}`

  const choose = (score: number | null, pending: string | null = null): void => {
    onChange(score)
    setAnnouncement(say(score, pending))
    buttons.current[score ?? 0]?.focus()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const { key } = event
    if (/^[0-9]$/.test(key)) {
      event.preventDefault()
      const typed = typedScore(pendingDigit.current, key)
      pendingDigit.current = null
      if ('refused' in typed) {
        setAnnouncement(`${typed.refused}. ${say(value)}`)
        return
      }
      pendingDigit.current = typed.pending
      choose(typed.score, typed.pending)
      return
    }
    pendingDigit.current = null
    if (key === '-' || key === '+' || key === '.' || key === ',') {
      event.preventDefault()
      setAnnouncement(`Whole numbers from 0 to 10 only. ${say(value)}`)
      return
    }
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

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ')

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
        onBlur={(event) => {
          // Leaving the scale (not moving between its scores) ends a two-digit entry.
          if (!event.currentTarget.contains(event.relatedTarget)) pendingDigit.current = null
        }}
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
              onClick={() => {
                pendingDigit.current = null
                const next = isChecked ? null : score
                onChange(next)
                setAnnouncement(say(next))
              }}
            >
              {score}
            </button>
          )
        })}
      </div>
      <span id={hintId} className={isCompact && !hint ? 'visually-hidden' : 'field__hint'}>
        {hint ? <>{hint} · </> : null}
        {PAIN_SCALE_KEYS}
      </span>
      <span id={announceId} className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}
