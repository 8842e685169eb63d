import type { ReactNode } from 'react'
import { PainScale } from '@renderer/components/PainScale'
import { useFieldError, useFormField } from '../../hooks/sessionFormContext'

export type FormPainScaleProps = {
  name: 'painBefore' | 'painAfter'
  label: string
  hint?: ReactNode
}

export function FormPainScale({ name, label, hint }: FormPainScaleProps) {
  const [value, setValue] = useFormField(name)
  const error = useFieldError(name)
  return <PainScale label={label} value={value} onChange={setValue} error={error} hint={hint} />
}
