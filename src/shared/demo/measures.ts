import type { Side } from '../domain/common'
import type { RunningInjuryCode } from '../domain/injuries'
import type { ClinicMeasure } from '../domain/measures/catalogue'
import { emptyMeasureValue, type MeasureValue } from '../domain/measures/values'
import type { NeedledMuscle } from '../domain/session'
import { seededRandom, type Random } from './random'

/** The demo clinic's own measure: hip abduction strength on a hand-held dynamometer. */
export const DEMO_CLINIC_MEASURES: ClinicMeasure[] = [
  {
    id: 'clinic-hip-abduction',
    name: 'Hip abduction strength (dynamometer)',
    unit: 'kg',
    kind: 'number',
    isSided: true,
    min: 0,
    max: 80,
    better: 'higher',
    threshold: null,
    isRetired: false
  }
]

/** The measures a physio takes for each complaint in the demo (besides weekly running). */
const BY_INJURY: Record<RunningInjuryCode, readonly string[]> = {
  achilles: ['visa-a', 'calf-raise', 'knee-to-wall'],
  itbs: ['ober', 'clinic-hip-abduction'],
  plantar: ['lefs', 'knee-to-wall'],
  mtss: ['running-pain', 'longest-run', 'return-stage'],
  pfp: ['lefs', 'hop-distance'],
  'hamstring-tendinopathy': ['psfs', 'hop-distance'],
  'gluteal-tendinopathy': ['lefs', 'clinic-hip-abduction'],
  'calf-strain': ['calf-raise', 'knee-to-wall'],
  'hip-flexor-strain': ['thomas', 'lefs'],
  'low-back-pain': ['psfs']
}

export function demoMeasureIds(code: RunningInjuryCode | null): string[] {
  return ['weekly-distance', ...(code ? BY_INJURY[code] : ['psfs'])]
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n))
const r1 = (n: number): number => Math.round(n * 10) / 10

/** A number for the patient, stable across their sessions (so each recovers at its own pace). */
function hashOf(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/**
 * Recovery that is uneven, as real patients' is: a patient-specific pace, a setback now and
 * then, and noise from visit to visit. `progress` runs 0 (first visit) to 1 (latest).
 */
function course(progress: number, patient: Random, visit: Random): number {
  const pace = 0.6 + patient.next() * 1.2
  const setback = visit.chance(0.15) ? -0.15 : 0
  return clamp(Math.pow(progress, pace) + setback + (visit.next() - 0.5) * 0.12, 0, 1)
}

/** A sided value: the injured side recovers towards the other, which stays about the same. */
function sided(
  id: string,
  injured: 'left' | 'right',
  healthy: number,
  startShare: number,
  p: number,
  visit: Random,
  decimals: number
): MeasureValue {
  const round = (n: number): number => (decimals === 0 ? Math.round(n) : r1(n))
  const hurt = round(healthy * (startShare + (1 - startShare) * 0.95 * p))
  const other = round(healthy * (0.97 + visit.next() * 0.06))
  return {
    ...emptyMeasureValue(id),
    left: injured === 'left' ? hurt : other,
    right: injured === 'right' ? hurt : other
  }
}

/** The measures taken at one demo visit. */
export function demoVisitMeasures(
  patientId: string,
  sessionId: string,
  code: RunningInjuryCode | null,
  side: Side,
  progress: number
): MeasureValue[] {
  const patient = seededRandom(hashOf(patientId))
  const visit = seededRandom(hashOf(sessionId))
  const p = course(progress, patient, visit)
  const injured = side === 'right' ? 'right' : 'left'
  const single = (id: string, value: number): MeasureValue => ({ ...emptyMeasureValue(id), value })
  const base = 0.3 + patient.next() * 0.2
  return demoMeasureIds(code).map((id): MeasureValue => {
    switch (id) {
      case 'weekly-distance':
        return single(id, r1(8 + 40 * p * (0.7 + patient.next() * 0.6)))
      case 'longest-run':
        return single(id, r1(3 + 15 * p))
      case 'running-pain':
        return single(id, Math.round(clamp(6 - 5 * p + (visit.next() - 0.5) * 2, 0, 10)))
      case 'return-stage':
        return single(id, Math.round(clamp(5 * p, 0, 5)))
      case 'visa-a':
        return single(id, Math.round(clamp(45 + 45 * p, 0, 100)))
      case 'lefs':
        return single(id, Math.round(clamp(42 + 30 * p, 0, 80)))
      case 'psfs':
        return {
          ...emptyMeasureValue(id),
          activities: [
            { name: 'Run 10 km', score: r1(clamp(3 + 6 * p, 0, 10)) },
            { name: 'Hill repeats', score: r1(clamp(2 + 6 * p, 0, 10)) }
          ]
        }
      case 'calf-raise':
        return sided(id, injured, 26, base, p, visit, 0)
      case 'hop-distance':
        return sided(id, injured, 150, base + 0.3, p, visit, 0)
      case 'knee-to-wall':
        return sided(id, injured, 12, base + 0.2, p, visit, 1)
      case 'clinic-hip-abduction':
        return sided(id, injured, 22, base + 0.2, p, visit, 1)
      case 'ober':
      case 'thomas': {
        const result = p < 0.6 ? 1 : 0
        return {
          ...emptyMeasureValue(id),
          left: injured === 'left' ? result : 0,
          right: injured === 'right' ? result : 0
        }
      }
      default:
        return single(id, 0)
    }
  })
}

/** Tightness before and after needling at a muscle, easing over the course. */
export function demoTightness(
  sessionId: string,
  muscle: NeedledMuscle,
  progress: number
): Pick<NeedledMuscle, 'tightnessBefore' | 'tightnessAfter'> {
  const visit = seededRandom(hashOf(`${sessionId}:${muscle.muscleId}`))
  const before = Math.round(clamp(7.5 - 4.5 * progress + (visit.next() - 0.5) * 2, 0, 10))
  return { tightnessBefore: before, tightnessAfter: Math.max(0, before - visit.int(1, 3)) }
}
