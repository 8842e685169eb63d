import type { HTMLAttributes, ReactNode } from 'react'
import { Field } from '@renderer/components/Field'
import { useFieldError, useMuscleField } from '../../hooks/sessionFormContext'
import type { MuscleForm } from '../../model/formState'

type TextKey =
  | 'needleCount'
  | 'insertions'
  | 'customDiameter'
  | 'customLength'
  | 'estimHz'
  | 'estimMinutes'
  | 'twitchCount'

export type MuscleTextFieldProps = {
  index: number
  name: TextKey
  /** Where the schema reports this field's problems ("needleSize.diameterMm"). */
  errorPath?: string
  label: ReactNode
  hint?: ReactNode
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  placeholder?: string
}

/** A number box of one muscle row, kept as typed until the session is saved. */
export function MuscleTextField({
  index,
  name,
  errorPath,
  label,
  hint,
  inputMode = 'numeric',
  placeholder
}: MuscleTextFieldProps) {
  const [value, setValue] = useMuscleField(index, name)
  const error = useFieldError(`muscles.${index}.${errorPath ?? name}`)
  return (
    <Field label={label} hint={hint} error={error}>
      <input
        className="input"
        value={(value as MuscleForm[TextKey] | undefined) ?? ''}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => setValue(e.target.value)}
      />
    </Field>
  )
}
