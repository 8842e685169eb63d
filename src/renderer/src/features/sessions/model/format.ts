import { SIDE_LABELS } from '@shared/domain/common'
import {
  FOLLOW_UP_CHECKPOINTS,
  TECHNIQUE_LABELS,
  type FollowUpCheckpoint,
  type NeedledMuscle
} from '@shared/domain/session'

/** "30 s", "10 min", "1 min 30 s". */
export function formatDwell(seconds: number | null): string {
  if (seconds === null) return '–'
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

/** "Electrical stimulation, 2 Hz for 15 min". */
export function formatTechnique(m: Pick<NeedledMuscle, 'technique' | 'estim'>): string {
  const label = TECHNIQUE_LABELS[m.technique]
  return m.technique === 'electrical' && m.estim
    ? `${label}, ${m.estim.frequencyHz} Hz for ${m.estim.minutes} min`
    : label
}

/** "2 needles, 8 insertions". */
export function formatNeedles(m: Pick<NeedledMuscle, 'needleCount' | 'insertions'>): string {
  const needles = `${m.needleCount} ${m.needleCount === 1 ? 'needle' : 'needles'}`
  return m.insertions === null
    ? needles
    : `${needles}, ${m.insertions} ${m.insertions === 1 ? 'insertion' : 'insertions'}`
}

export function formatTwitches(count: number): string {
  return count === 0 ? 'None' : String(count)
}

export function formatSide(side: NeedledMuscle['side']): string {
  return SIDE_LABELS[side]
}

export function formatPpt(value: number | null): string {
  return value === null ? '–' : `${value} kg/cm²`
}

export const CHECKPOINT_LABELS: Record<FollowUpCheckpoint, string> = {
  '24h': '24 hours',
  '48h': '48 hours',
  '72h': '72 hours'
}

/** The checkpoint a new follow-up most likely is: the first not yet recorded. */
export function nextCheckpoint(recorded: readonly FollowUpCheckpoint[]): FollowUpCheckpoint {
  return FOLLOW_UP_CHECKPOINTS.find((c) => !recorded.includes(c)) ?? '72h'
}
