import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react'

export type FieldProps = {
  label: ReactNode
  /** The control; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>
  error?: string | undefined
  hint?: ReactNode
  isWide?: boolean
  className?: string
}

/** A labelled form control with its hint and, when input is refused, the reason next to it. */
export function Field({ label, children, error, hint, isWide = false, className }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: (children.props['id'] as string | undefined) ?? id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy
      })
    : children
  const controlId = (control.props['id'] as string | undefined) ?? id
  return (
    <div
      className={['field', isWide ? 'field--wide' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {control}
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
