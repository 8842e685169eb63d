import type { HTMLAttributes, ReactNode } from 'react'
import { Field } from '@renderer/components/Field'
import { useFieldError, useFormField } from '../../hooks/sessionFormContext'
import type { SessionForm } from '../../model/formState'

type TextKey = {
  [K in keyof SessionForm]: SessionForm[K] extends string ? K : never
}[keyof SessionForm]

export type FormTextFieldProps = {
  name: TextKey
  label: ReactNode
  hint?: ReactNode
  type?: 'text' | 'datetime-local'
  isMultiline?: boolean
  rows?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  placeholder?: string
  list?: string
  className?: string
  isWide?: boolean
  autoFocus?: boolean
}

/** A text box bound to one field of the session form; only it re-renders as it is typed in. */
export function FormTextField({
  name,
  label,
  hint,
  type = 'text',
  isMultiline = false,
  rows = 3,
  inputMode,
  placeholder,
  list,
  className,
  isWide,
  autoFocus
}: FormTextFieldProps) {
  const [value, setValue] = useFormField(name)
  const error = useFieldError(name)
  return (
    <Field label={label} hint={hint} error={error} className={className} isWide={isWide}>
      {isMultiline ? (
        <textarea
          autoComplete="off"
          className="textarea"
          name={name}
          rows={rows}
          value={value}
          placeholder={placeholder}
          onChange={(e) => setValue(e.target.value)}
        />
      ) : (
        <input
          className="input"
          name={name}
          type={type}
          value={value}
          inputMode={inputMode}
          placeholder={placeholder}
          list={list}
          autoFocus={autoFocus}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
      )}
    </Field>
  )
}
