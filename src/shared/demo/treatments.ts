import {
  atClockTime,
  isWeekendDay,
  shiftDays,
  shiftMinutes,
  startOfLocalDay,
  toIsoDate,
  toLocalDateTime
} from '../dates'
import { demoTightness, demoVisitMeasures } from './measures'
import type { AdviceId } from '../domain/sheet/advice'
import type { Side } from '../domain/common'
import type { RunningInjuryCode } from '../domain/injuries'
import { anchorPoint, findMuscle, type MuscleRegion } from '../domain/muscles'
import type { ScreeningKey, ScreeningRecord } from '../domain/screening'
import type {
  AdverseEvent,
  BodyPoint,
  FollowUp,
  NeedledMuscle,
  NeedleSize,
  Session,
  Technique,
  TherapistRef
} from '../domain/session'
import type { Random } from './random'

/** Muscles a demo therapist reaches for with each complaint (demo content only). */
export const DEMO_MUSCLES_BY_INJURY: Record<RunningInjuryCode, readonly string[]> = {
  itbs: ['tensor-fasciae-latae', 'vastus-lateralis', 'gluteus-medius', 'gluteus-minimus'],
  achilles: ['soleus', 'gastrocnemius-medial', 'gastrocnemius-lateral', 'tibialis-posterior'],
  plantar: ['quadratus-plantae', 'abductor-hallucis', 'soleus', 'gastrocnemius-medial'],
  mtss: ['tibialis-posterior', 'soleus', 'flexor-digitorum-longus', 'tibialis-anterior'],
  pfp: ['vastus-lateralis', 'vastus-medialis', 'rectus-femoris', 'tensor-fasciae-latae'],
  'hamstring-tendinopathy': [
    'biceps-femoris',
    'semitendinosus-semimembranosus',
    'adductor-magnus',
    'gluteus-maximus'
  ],
  'gluteal-tendinopathy': [
    'gluteus-medius',
    'gluteus-minimus',
    'tensor-fasciae-latae',
    'piriformis'
  ],
  'calf-strain': ['gastrocnemius-medial', 'gastrocnemius-lateral', 'soleus'],
  'hip-flexor-strain': ['iliopsoas', 'rectus-femoris', 'adductor-longus', 'tensor-fasciae-latae'],
  'low-back-pain': ['quadratus-lumborum', 'lumbar-multifidus', 'erector-spinae', 'gluteus-medius']
}

const HOME_EXERCISES: Record<RunningInjuryCode, string> = {
  itbs: 'Side-lying hip abduction, 3 × 15 each side\nSingle-leg squat to a chair, 3 × 10\nFoam roll the outer thigh, 1 minute',
  achilles:
    'Slow heel raises off a step, 3 × 15, straight and bent knee\nCalf stretch against a wall, 3 × 30 s',
  plantar:
    'Heel raises with a towel under the toes, 3 × 12\nRoll the sole over a ball, 2 minutes\nCalf stretch, 3 × 30 s',
  mtss: 'Seated calf raises, 3 × 20\nToe walking, 2 × 20 m\nReduce running volume by a third this week',
  pfp: 'Wall sit, 3 × 30 s\nStep-downs from a low step, 3 × 10\nClamshells with a band, 3 × 15',
  'hamstring-tendinopathy':
    'Isometric bridge hold, 5 × 30 s\nNordic curls (assisted), 3 × 6\nAvoid deep hip flexion stretches',
  'gluteal-tendinopathy':
    'Isometric hip abduction against a wall, 5 × 30 s\nBridges, 3 × 12\nSleep with a pillow between the knees',
  'calf-strain':
    'Bent-knee calf raises, 3 × 15\nEasy cycling, 20 minutes\nWalk-run intervals only when pain-free',
  'hip-flexor-strain':
    'Kneeling hip flexor stretch, 3 × 30 s\nDead bug, 3 × 10\nStraight-leg raise, 3 × 12',
  'low-back-pain': 'Cat-camel, 2 × 10\nBird dog, 3 × 8 each side\nSide plank, 3 × 20 s'
}

const NEEDLE_BY_REGION: Record<MuscleRegion, readonly NeedleSize[]> = {
  foot: [{ diameterMm: 0.16, lengthMm: 15 }],
  'lower-leg': [
    { diameterMm: 0.25, lengthMm: 30 },
    { diameterMm: 0.25, lengthMm: 40 }
  ],
  thigh: [{ diameterMm: 0.3, lengthMm: 50 }],
  hip: [
    { diameterMm: 0.3, lengthMm: 50 },
    { diameterMm: 0.3, lengthMm: 60 }
  ],
  lumbar: [{ diameterMm: 0.3, lengthMm: 50 }],
  'thorax-shoulder': [
    { diameterMm: 0.16, lengthMm: 15 },
    { diameterMm: 0.25, lengthMm: 30 }
  ]
}

export type TreatmentPlan = {
  patientId: string
  idPrefix: string
  diagnosis: { code: RunningInjuryCode | null; label: string; side: Side }
  /** Muscles to choose from; defaults to the complaint's usual muscles. */
  muscles?: readonly string[]
  count: number
  /** Days between the last session and today. */
  lastDaysAgo: number
  intervalDays: readonly [number, number]
  baselinePain: number
  targetPain: number
  therapists: readonly TherapistRef[]
  screeningFlags: readonly ScreeningKey[]
  /** Every screening answer, as the session records them; null records only the flags. */
  screening: ScreeningRecord | null
  consentDate: string
  /** Race days (IsoDate) of the patient, to tick "avoid racing" advice when one is near. */
  raceDays: readonly string[]
  /** Next appointment after the last session: days from today and time of day. */
  nextAppointment?: { daysFromToday: number; hour: number; minute: number }
  today: Date
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n))
const round1 = (n: number): number => Math.round(n * 10) / 10

function sessionTimes(plan: TreatmentPlan, rng: Random): Date[] {
  const days: Date[] = []
  let day = shiftDays(startOfLocalDay(plan.today), -plan.lastDaysAgo)
  for (let i = 0; i < plan.count; i++) {
    let d = day
    // Clinics see runners on weekdays: a weekend session moves to the Friday before.
    while (isWeekendDay(d)) d = shiftDays(d, -1)
    days.push(atClockTime(d, rng.int(8, 17), rng.pick([0, 15, 30, 45])))
    day = shiftDays(d, -rng.int(plan.intervalDays[0], plan.intervalDays[1]))
  }
  return days.reverse()
}

/** Appointments fall on weekdays: a weekend day moves to the Monday after. */
function nextWeekday(day: Date): Date {
  let d = day
  while (isWeekendDay(d)) d = shiftDays(d, 1)
  return d
}

function pointsFor(muscleId: string, side: Side, count: number, rng: Random): BodyPoint[] {
  const muscle = findMuscle(muscleId)
  if (!muscle) return []
  const sides: ('left' | 'right')[] = side === 'bilateral' ? ['left', 'right'] : [side]
  return sides.flatMap((s) => {
    const centre = anchorPoint(muscle.anchor, s)
    return Array.from({ length: count }, () => ({
      view: centre.view,
      x: round1(clamp(centre.x + (rng.next() - 0.5) * 5, 0, 100)),
      y: round1(clamp(centre.y + (rng.next() - 0.5) * 9, 0, 220))
    }))
  })
}

function needledMuscle(
  muscleId: string,
  side: Side,
  plan: TreatmentPlan,
  rng: Random
): NeedledMuscle {
  const muscle = findMuscle(muscleId)!
  const canStim = !plan.screeningFlags.includes('implantedDevice')
  const technique: Technique = rng.pick<Technique>(
    canStim
      ? ['pistoning', 'pistoning', 'pistoning', 'static', 'electrical']
      : ['pistoning', 'pistoning', 'static']
  )
  const needleCount = technique === 'pistoning' ? rng.int(1, 2) : rng.int(2, 4)
  return {
    muscleId,
    side,
    points: pointsFor(muscleId, side, Math.min(needleCount, 3), rng),
    needleCount,
    insertions: technique === 'pistoning' ? rng.int(4, 12) : null,
    needleSize: rng.pick(NEEDLE_BY_REGION[muscle.region]),
    technique,
    estim:
      technique === 'electrical'
        ? { frequencyHz: rng.pick([2, 2, 10]), minutes: rng.pick([10, 15]) }
        : null,
    dwellSeconds: technique === 'pistoning' ? rng.int(20, 60) : rng.pick([300, 600, 900]),
    twitchCount: technique === 'pistoning' ? rng.int(0, 5) : rng.int(0, 1),
    painDuring: rng.int(3, 7),
    tightnessBefore: null,
    tightnessAfter: null
  }
}

function adverseEvents(rng: Random): AdverseEvent[] {
  // Frequencies follow Brady 2014 (PubMed 25125935): bruising 7.55%, bleeding 4.65%.
  const events: AdverseEvent[] = []
  if (rng.chance(0.0755))
    events.push({
      category: 'bruising',
      severity: 'mild',
      note: 'Small bruise at a calf insertion point'
    })
  if (rng.chance(0.0465))
    events.push({
      category: 'bleeding',
      severity: 'mild',
      note: 'Pin-point bleeding, stopped with pressure'
    })
  if (rng.chance(0.01))
    events.push({
      category: 'vasovagal',
      severity: 'mild',
      note: 'Felt light-headed; rested lying down 10 minutes'
    })
  return events
}

function followUps(at: Date, index: string, today: Date, rng: Random): FollowUp[] {
  const hoursSince = (today.getTime() - at.getTime()) / 3_600_000
  const out: FollowUp[] = []
  for (const [checkpoint, hours] of [
    ['24h', 24],
    ['48h', 48]
  ] as const) {
    if (hoursSince < hours + 4 || !rng.chance(0.55)) continue
    out.push({
      id: `${index}-fu-${checkpoint}`,
      checkpoint,
      recordedAt: toLocalDateTime(shiftMinutes(at, hours * 60 + rng.int(-60, 120))),
      soreness: hours === 24 ? rng.int(2, 5) : rng.int(0, 3),
      note:
        hours === 24
          ? 'Sore like after a hard workout, as expected'
          : 'Much easier, back to easy running'
    })
  }
  return out
}

/** A patient's course of sessions, oldest first, ending `lastDaysAgo` days before today. */
export function planSessions(plan: TreatmentPlan, rng: Random): Session[] {
  const times = sessionTimes(plan, rng)
  const pool =
    plan.muscles ?? (plan.diagnosis.code ? DEMO_MUSCLES_BY_INJURY[plan.diagnosis.code] : [])
  const favourites = pool.slice(0, Math.min(3, pool.length))
  return times.map((at, i) => {
    const progress = times.length === 1 ? 0 : i / (times.length - 1)
    const painBefore = clamp(
      Math.round(
        plan.baselinePain -
          (plan.baselinePain - plan.targetPain) * progress +
          (rng.next() - 0.5) * 2
      ),
      0,
      10
    )
    const painAfter = clamp(painBefore - rng.int(1, 3), 0, 10)
    const muscleIds = rng.sample(favourites, rng.int(1, Math.min(2, favourites.length)))
    const id = `${plan.idPrefix}-${String(i + 1).padStart(4, '0')}`
    const isLast = i === times.length - 1
    const day = toIsoDate(at)
    const nearRace = plan.raceDays.some((r) => r >= day && r <= toIsoDate(shiftDays(at, 7)))
    const therapist = plan.therapists[i % 5 === 4 ? 1 % plan.therapists.length : 0]!
    const nextAt = isLast
      ? plan.nextAppointment
        ? atClockTime(
            nextWeekday(shiftDays(startOfLocalDay(plan.today), plan.nextAppointment.daysFromToday)),
            plan.nextAppointment.hour,
            plan.nextAppointment.minute
          )
        : null
      : times[i + 1]!
    const stampIso = shiftMinutes(at, 40).toISOString()
    const advice: AdviceId[] = [
      'gentle-movement',
      'heat',
      'hydration',
      'easy-running',
      'avoid-hard-sessions'
    ]
    if (nearRace) advice.push('avoid-racing')
    const hasPpt = plan.diagnosis.code === 'plantar' || plan.diagnosis.code === 'achilles'
    return {
      id,
      patientId: plan.patientId,
      date: toLocalDateTime(at),
      therapist,
      diagnosis: plan.diagnosis.label,
      diagnosisCode: plan.diagnosis.code,
      hasNeedling: true,
      consent: { isGiven: true, date: plan.consentDate, isWritten: true },
      screeningFlags: [...plan.screeningFlags],
      screening: plan.screening,
      painBefore,
      painAfter,
      pptBefore: hasPpt ? round1(2 + rng.next() * 1.5 + progress) : null,
      pptAfter: hasPpt ? round1(2.8 + rng.next() * 1.5 + progress) : null,
      muscles: muscleIds.map((m) => {
        const needled = needledMuscle(m, plan.diagnosis.side, plan, rng)
        return { ...needled, ...demoTightness(id, needled, progress) }
      }),
      tolerance: rng.chance(0.85) ? 'good' : 'fair',
      outcome:
        painAfter < painBefore
          ? 'Less pain on the provocation test straight after'
          : 'No immediate change',
      adverseEvents: adverseEvents(rng),
      advice,
      homeExercises: plan.diagnosis.code
        ? HOME_EXERCISES[plan.diagnosis.code]
        : 'Shoulder blade squeezes, 3 × 10\nChin tucks, 2 × 10',
      nextAppointment: nextAt ? toLocalDateTime(nextAt) : null,
      notes: '',
      measures: demoVisitMeasures(
        plan.patientId,
        id,
        plan.diagnosis.code,
        plan.diagnosis.side,
        progress
      ),
      status: isLast ? 'open' : 'final',
      finalizedAt: isLast ? null : stampIso,
      finalizedBy: isLast ? null : therapist,
      amendments: [],
      followUps: followUps(at, id, plan.today, rng),
      handouts: [],
      enteredBy: therapist,
      createdAt: at.toISOString(),
      updatedAt: stampIso
    }
  })
}
