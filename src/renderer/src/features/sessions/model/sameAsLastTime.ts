import type { Session } from '@shared/domain/session'
import {
  emptyMuscle,
  isBlankMuscle,
  muscleFormFrom,
  type SessionForm,
  type MuscleForm
} from './formState'

/**
 * "Same as last time": the muscles of the patient's last session with their sides, insertion
 * points, needles, technique and dwell, ready to adjust. What happened during that session
 * (insertions made, twitch responses, pain during) is left for today. Rows the therapist has
 * already started are kept: only blank rows are replaced.
 */
export function sameAsLastTime(form: SessionForm, last: Pick<Session, 'muscles'>): SessionForm {
  const started = form.muscles.filter((m) => !isBlankMuscle(m))
  const copied: MuscleForm[] = last.muscles.map((m) => ({
    ...muscleFormFrom(m),
    insertions: '',
    twitchCount: '',
    painDuring: null,
    tightnessBefore: null,
    tightnessAfter: null
  }))
  const muscles = [...started, ...copied]
  return { ...form, hasNeedling: true, muscles: muscles.length > 0 ? muscles : [emptyMuscle()] }
}
