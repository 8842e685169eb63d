import { createContext, useCallback, useContext } from 'react'
import type { MuscleForm, SessionForm } from '../model/formState'
import type { Store } from '../model/formStore'
import { clearErrorsAt, setField, updateMuscle } from '../model/formUpdates'
import { useStoreValue } from './useStoreValue'

export type FieldErrors = Readonly<Record<string, string>>

export type SessionFormStores = {
  form: Store<SessionForm>
  errors: Store<FieldErrors>
}

export const SessionFormContext = createContext<SessionFormStores | null>(null)

export function useSessionFormStores(): SessionFormStores {
  const stores = useContext(SessionFormContext)
  if (!stores) throw new Error('Session form fields need a SessionFormContext above them')
  return stores
}

export function useFormValue<S>(
  selector: (form: SessionForm) => S,
  isEqual?: (a: S, b: S) => boolean
): S {
  return useStoreValue(useSessionFormStores().form, selector, isEqual)
}

/** The message refused input left at `path`, if any. */
export function useFieldError(path: string): string | undefined {
  return useStoreValue(useSessionFormStores().errors, (errors) => errors[path])
}

/** A top-level field: its value, and a setter that also clears its error. */
export function useFormField<K extends keyof SessionForm>(
  key: K
): [SessionForm[K], (value: SessionForm[K]) => void] {
  const { form, errors } = useSessionFormStores()
  const value = useStoreValue(form, (f) => f[key])
  const set = useCallback(
    (next: SessionForm[K]) => {
      form.set((f) => setField(f, key, next))
      errors.set((e) => clearErrorsAt(e, key))
    },
    [form, errors, key]
  )
  return [value, set]
}

/** Where the schema reports a problem with each muscle-row field. */
const MUSCLE_ERROR_PATHS: Partial<Record<keyof MuscleForm, string>> = {
  customDiameter: 'needleSize.diameterMm',
  customLength: 'needleSize.lengthMm',
  estimHz: 'estim.frequencyHz',
  estimMinutes: 'estim.minutes',
  dwell: 'dwellSeconds',
  dwellUnit: 'dwellSeconds'
}

/** A field of muscle row `index`: its value, and a setter that also clears its error. */
export function useMuscleField<K extends keyof MuscleForm>(
  index: number,
  key: K
): [MuscleForm[K] | undefined, (value: MuscleForm[K]) => void] {
  const { form, errors } = useSessionFormStores()
  const value = useStoreValue(form, (f) => f.muscles[index]?.[key])
  const set = useCallback(
    (next: MuscleForm[K]) => {
      form.set((f) => updateMuscle(f, index, { [key]: next }))
      const path = `muscles.${index}.${MUSCLE_ERROR_PATHS[key] ?? key}`
      errors.set((e) => clearErrorsAt(e, path))
      // A preset size or another technique takes away the boxes those errors were about.
      if (key === 'needleSize') errors.set((e) => clearErrorsAt(e, `muscles.${index}.needleSize`))
      if (key === 'technique') errors.set((e) => clearErrorsAt(e, `muscles.${index}.estim`))
    },
    [form, errors, index, key]
  )
  return [value, set]
}
