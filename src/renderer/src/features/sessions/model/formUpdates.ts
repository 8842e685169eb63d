import { dayOf, isLocalDateTime } from '@shared/dates'
import type { AdviceId } from '@shared/domain/sheet/advice'
import {
  emptyAdverseEvent,
  emptyMuscle,
  type AdverseEventForm,
  type MuscleForm,
  type SessionForm
} from './formState'

/** Changes to the form, each returning a new form that shares every untouched part. */

export function setField<K extends keyof SessionForm>(
  form: SessionForm,
  key: K,
  value: SessionForm[K]
): SessionForm {
  return Object.is(form[key], value) ? form : { ...form, [key]: value }
}

export function updateMuscle(
  form: SessionForm,
  index: number,
  patch: Partial<Omit<MuscleForm, 'key'>>
): SessionForm {
  const current = form.muscles[index]
  if (!current) return form
  const muscles = [...form.muscles]
  muscles[index] = { ...current, ...patch }
  return { ...form, muscles }
}

export function addMuscle(form: SessionForm): SessionForm {
  return { ...form, muscles: [...form.muscles, emptyMuscle()] }
}

export function removeMuscle(form: SessionForm, index: number): SessionForm {
  return { ...form, muscles: form.muscles.filter((_, i) => i !== index) }
}

export function addAdverseEvent(form: SessionForm): SessionForm {
  return { ...form, adverseEvents: [...form.adverseEvents, emptyAdverseEvent()] }
}

export function updateAdverseEvent(
  form: SessionForm,
  index: number,
  patch: Partial<Omit<AdverseEventForm, 'key'>>
): SessionForm {
  const current = form.adverseEvents[index]
  if (!current) return form
  const adverseEvents = [...form.adverseEvents]
  adverseEvents[index] = { ...current, ...patch }
  return { ...form, adverseEvents }
}

export function removeAdverseEvent(form: SessionForm, index: number): SessionForm {
  return { ...form, adverseEvents: form.adverseEvents.filter((_, i) => i !== index) }
}

export function toggleAdvice(form: SessionForm, id: AdviceId, isOn: boolean): SessionForm {
  const has = form.advice.includes(id)
  if (has === isOn) return form
  return {
    ...form,
    advice: isOn ? [...form.advice, id] : form.advice.filter((a) => a !== id)
  }
}

/**
 * What follows the session's date when it changes (a back-dated session, a slip of the clock):
 * the consent date, while it still stands at the session's day, and the "no racing" advice,
 * while it still says what the race window said for the old date. What the therapist set
 * themselves stays as they set it.
 */
export function followVisitDate(
  form: SessionForm,
  previousDate: string,
  isNearRace: (date: string) => boolean
): SessionForm {
  if (form.date === previousDate || !isLocalDateTime(form.date)) return form
  let next = form
  if (isLocalDateTime(previousDate) && form.consent.date === dayOf(previousDate)) {
    next = { ...next, consent: { ...next.consent, date: dayOf(form.date) } }
  }
  const wasNear = isLocalDateTime(previousDate) && isNearRace(previousDate)
  const isNear = isNearRace(form.date)
  if (wasNear !== isNear && next.advice.includes('avoid-racing') === wasNear) {
    next = toggleAdvice(next, 'avoid-racing', isNear)
  }
  return next
}

/**
 * Field errors after a change at `path`: its own message (and those below it) go, since the
 * therapist is fixing it; the rest stay until the next save.
 */
export function clearErrorsAt(
  errors: Readonly<Record<string, string>>,
  path: string
): Readonly<Record<string, string>> {
  const keys = Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`))
  if (keys.length === 0) return errors
  const next = { ...errors }
  for (const k of keys) delete next[k]
  return next
}

/** Error paths change when a row is removed: muscles.2.x becomes muscles.1.x. */
export function shiftRowErrors(
  errors: Readonly<Record<string, string>>,
  list: 'muscles' | 'adverseEvents',
  removed: number
): Readonly<Record<string, string>> {
  const next: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    const match = new RegExp(`^${list}\\.(\\d+)(\\..*)?$`).exec(key)
    if (!match) {
      next[key] = message
      continue
    }
    const index = Number(match[1])
    if (index === removed) continue
    next[index > removed ? `${list}.${index - 1}${match[2] ?? ''}` : key] = message
  }
  return next
}
