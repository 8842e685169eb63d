import { z } from 'zod'
import { dayOf } from '@shared/dates'
import { ADVICE_IDS, type AdviceId } from '@shared/domain/sheet/advice'
import { sideSchema } from '@shared/domain/common'
import type { ConsentOnFile } from '@shared/domain/patient'
import { SCREENING_KEYS, type ScreeningRecord } from '@shared/domain/screening'
import {
  ADVERSE_EVENT_CATEGORIES,
  ADVERSE_EVENT_SEVERITIES,
  bodyPointSchema,
  NEEDLE_PRESETS,
  TECHNIQUES,
  type AdverseEvent,
  type NeedledMuscle,
  type NeedleSize,
  screeningRecordSchema,
  type Session,
  type SessionInput,
  type TherapistRef
} from '@shared/domain/session'
import type { DistanceUnit } from '@shared/domain/measures/change'
import { measureFormSchema, measureFormsFrom } from '@renderer/components/measures/measureForm'

/**
 * The session form as the therapist fills it in. Numbers are kept as the text typed ("0.",
 * "") so nothing typed is ever rewritten under the cursor; `checkSessionForm` turns the form
 * into a SessionInput when saving. A draft stores exactly this shape.
 */
export type Tolerance = 'good' | 'fair' | 'poor'
export type DwellUnit = 's' | 'min'

export const CUSTOM_NEEDLE = 'custom'

const muscleFormSchema = z.object({
  key: z.string(),
  muscleId: z.string(),
  side: sideSchema.nullable(),
  points: z.array(bodyPointSchema),
  needleCount: z.string(),
  insertions: z.string(),
  /** A preset key ("0.25x30") or CUSTOM_NEEDLE. */
  needleSize: z.string(),
  customDiameter: z.string(),
  customLength: z.string(),
  technique: z.enum(TECHNIQUES).nullable(),
  estimHz: z.string(),
  estimMinutes: z.string(),
  dwell: z.string(),
  dwellUnit: z.enum(['s', 'min']),
  twitchCount: z.string(),
  painDuring: z.number().int().min(0).max(10).nullable(),
  /** Drafts from before tightness was recorded have none. */
  tightnessBefore: z.number().int().min(0).max(10).nullable().default(null),
  tightnessAfter: z.number().int().min(0).max(10).nullable().default(null)
})
export type MuscleForm = z.infer<typeof muscleFormSchema>

const adverseEventFormSchema = z.object({
  key: z.string(),
  category: z.enum(ADVERSE_EVENT_CATEGORIES).nullable(),
  severity: z.enum(ADVERSE_EVENT_SEVERITIES).nullable(),
  note: z.string()
})
export type AdverseEventForm = z.infer<typeof adverseEventFormSchema>

export const sessionFormSchema = z.object({
  date: z.string(),
  therapist: z.object({ id: z.string(), name: z.string() }).nullable(),
  diagnosis: z.string(),
  hasNeedling: z.boolean(),
  consent: z.object({ isGiven: z.boolean(), date: z.string(), isWritten: z.boolean() }),
  screeningFlags: z.array(z.enum(SCREENING_KEYS)),
  /** Every screening answer as it stood when the form opened (drafts from before: null). */
  screening: screeningRecordSchema.nullable().default(null),
  painBefore: z.number().int().min(0).max(10).nullable(),
  pptBefore: z.string(),
  muscles: z.array(muscleFormSchema),
  painAfter: z.number().int().min(0).max(10).nullable(),
  pptAfter: z.string(),
  tolerance: z.enum(['good', 'fair', 'poor']).nullable(),
  outcome: z.string(),
  adverseEvents: z.array(adverseEventFormSchema),
  advice: z.array(z.enum(ADVICE_IDS)),
  homeExercises: z.string(),
  nextAppointment: z.string(),
  notes: z.string(),
  /** Drafts from before measures were recorded have none. */
  measures: z.array(measureFormSchema).default([])
})
export type SessionForm = z.infer<typeof sessionFormSchema>

let keyCounter = 0
/** A key that tells list rows apart while the form is open (React keys, focus). */
export function newRowKey(prefix: string): string {
  keyCounter += 1
  return `${prefix}-${Date.now().toString(36)}-${keyCounter}`
}

export function needlePresetKey(size: NeedleSize): string {
  return `${size.diameterMm}x${size.lengthMm}`
}

export function presetSize(key: string): NeedleSize | null {
  return NEEDLE_PRESETS.find((p) => needlePresetKey(p) === key) ?? null
}

const DEFAULT_NEEDLE = needlePresetKey(NEEDLE_PRESETS[1])

export function emptyMuscle(): MuscleForm {
  return {
    key: newRowKey('m'),
    muscleId: '',
    side: null,
    points: [],
    needleCount: '',
    insertions: '',
    needleSize: DEFAULT_NEEDLE,
    customDiameter: '',
    customLength: '',
    technique: null,
    estimHz: '',
    estimMinutes: '',
    dwell: '',
    dwellUnit: 's',
    twitchCount: '',
    painDuring: null,
    tightnessBefore: null,
    tightnessAfter: null
  }
}

export function emptyAdverseEvent(): AdverseEventForm {
  return { key: newRowKey('ae'), category: null, severity: null, note: '' }
}

/** Advice ticked on a new form: what helps, and no hard sessions for a day or two. */
export const DEFAULT_ADVICE: readonly AdviceId[] = [
  'gentle-movement',
  'heat',
  'hydration',
  'easy-running',
  'avoid-hard-sessions'
]

export type NewFormContext = {
  now: string
  therapist: TherapistRef | null
  diagnosis: string
  consentOnFile: ConsentOnFile
  /** The patient's screening as it stands: its precautions become the session's flags. */
  screening: ScreeningRecord
  /** A race falls in the clinic's window before a race: "no racing" advice is ticked too. */
  isNearRace: boolean
}

export function newSessionForm(context: NewFormContext): SessionForm {
  const onFile = context.consentOnFile
  return {
    date: context.now,
    therapist: context.therapist,
    diagnosis: context.diagnosis,
    hasNeedling: true,
    // Consent on file is shown; the therapist still confirms it for this session.
    consent: {
      isGiven: false,
      date: onFile.isOnFile && onFile.date ? onFile.date : dayOf(context.now),
      isWritten: onFile.isOnFile ? onFile.isWritten : false
    },
    screeningFlags: SCREENING_KEYS.filter((k) => context.screening.answers[k] === 'yes'),
    screening: context.screening,
    painBefore: null,
    pptBefore: '',
    muscles: [emptyMuscle()],
    painAfter: null,
    pptAfter: '',
    tolerance: null,
    outcome: '',
    adverseEvents: [],
    advice: context.isNearRace ? [...DEFAULT_ADVICE, 'avoid-racing'] : [...DEFAULT_ADVICE],
    homeExercises: '',
    nextAppointment: '',
    notes: '',
    measures: []
  }
}

const numberText = (n: number | null): string => (n === null ? '' : String(n))

function dwellText(seconds: number | null): { dwell: string; dwellUnit: DwellUnit } {
  if (seconds === null) return { dwell: '', dwellUnit: 's' }
  // Whole minutes from two minutes up read as minutes (static and e-stim dwell); else seconds.
  if (seconds >= 120 && seconds % 60 === 0) return { dwell: String(seconds / 60), dwellUnit: 'min' }
  return { dwell: String(seconds), dwellUnit: 's' }
}

export function muscleFormFrom(m: NeedledMuscle): MuscleForm {
  const preset = presetSize(needlePresetKey(m.needleSize))
  return {
    key: newRowKey('m'),
    muscleId: m.muscleId,
    side: m.side,
    points: m.points.map((p) => ({ ...p })),
    needleCount: String(m.needleCount),
    insertions: numberText(m.insertions),
    needleSize: preset ? needlePresetKey(preset) : CUSTOM_NEEDLE,
    customDiameter: preset ? '' : String(m.needleSize.diameterMm),
    customLength: preset ? '' : String(m.needleSize.lengthMm),
    technique: m.technique,
    estimHz: numberText(m.estim?.frequencyHz ?? null),
    estimMinutes: numberText(m.estim?.minutes ?? null),
    ...dwellText(m.dwellSeconds),
    twitchCount: String(m.twitchCount),
    painDuring: m.painDuring,
    tightnessBefore: m.tightnessBefore,
    tightnessAfter: m.tightnessAfter
  }
}

function adverseEventFormFrom(e: AdverseEvent): AdverseEventForm {
  return { key: newRowKey('ae'), category: e.category, severity: e.severity, note: e.note }
}

/** The form for editing a saved session. */
export function sessionFormFrom(
  session: SessionInput | Session,
  units: DistanceUnit = 'km'
): SessionForm {
  return {
    date: session.date,
    therapist: { ...session.therapist },
    diagnosis: session.diagnosis,
    hasNeedling: session.hasNeedling,
    consent: {
      isGiven: session.consent.isGiven,
      date: session.consent.date ?? '',
      isWritten: session.consent.isWritten
    },
    screeningFlags: [...session.screeningFlags],
    screening: session.screening,
    painBefore: session.painBefore,
    pptBefore: numberText(session.pptBefore),
    muscles: session.muscles.map(muscleFormFrom),
    painAfter: session.painAfter,
    pptAfter: numberText(session.pptAfter),
    tolerance: session.tolerance,
    outcome: session.outcome,
    adverseEvents: session.adverseEvents.map(adverseEventFormFrom),
    advice: [...session.advice],
    homeExercises: session.homeExercises,
    nextAppointment: session.nextAppointment ?? '',
    notes: session.notes,
    measures: measureFormsFrom(session.measures, units)
  }
}

/** Is the muscle row still blank (nothing chosen or typed)? */
export function isBlankMuscle(m: MuscleForm): boolean {
  const blank = emptyMuscle()
  return (
    m.muscleId === '' &&
    m.side === null &&
    m.points.length === 0 &&
    m.needleCount === '' &&
    m.insertions === '' &&
    m.needleSize === blank.needleSize &&
    m.technique === null &&
    m.dwell === '' &&
    m.twitchCount === '' &&
    m.painDuring === null &&
    m.tightnessBefore === null &&
    m.tightnessAfter === null
  )
}
