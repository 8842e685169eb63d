import { z } from 'zod'
import { ADVICE_IDS } from './sheet/advice'
import {
  idSchema,
  isoDateSchema,
  localDateTimeSchema,
  nprsSchema,
  sideSchema,
  timestampSchema,
  trimmedText
} from './common'
import { RUNNING_INJURY_CODES } from './injuries'
import { isMuscleId } from './muscles'
import { SCREENING_KEYS, type ScreeningRecord } from './screening'
import { handoutSchema } from './sheet/content'
import { dayOf, formatDate, isIsoDate, isLocalDateTime } from '../dates'
import { FOLLOW_UP_CHECKPOINTS } from './followUps'
import { checkMeasureValues, measureValuesSchema } from './measures/record'

/** Pressure pain threshold, kg/cm2 (algometer range). */
const pptSchema = z
  .number({ error: 'Pressure pain threshold is a number in kg/cm²' })
  .min(0, 'Pressure pain threshold cannot be negative')
  .max(20, 'Pressure pain threshold looks too high (kg/cm²)')
  .nullable()

export const bodyPointSchema = z.object({
  view: z.enum(['front', 'back']),
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(220)
})
export type BodyPoint = z.infer<typeof bodyPointSchema>

export const TECHNIQUES = ['static', 'pistoning', 'rotation', 'electrical'] as const
export const techniqueSchema = z.enum(TECHNIQUES, { error: 'Choose a technique' })
export type Technique = z.infer<typeof techniqueSchema>

export const TECHNIQUE_LABELS: Record<Technique, string> = {
  static: 'Static (in situ)',
  pistoning: 'Pistoning (fast-in, fast-out)',
  rotation: 'Rotation / winding',
  electrical: 'Electrical stimulation'
}

/** Common needle sizes, diameter x length in mm (docs/clinical-reference.md, "The session record"). */
export const NEEDLE_PRESETS = [
  { diameterMm: 0.16, lengthMm: 15 },
  { diameterMm: 0.25, lengthMm: 30 },
  { diameterMm: 0.25, lengthMm: 40 },
  { diameterMm: 0.3, lengthMm: 50 },
  { diameterMm: 0.3, lengthMm: 60 }
] as const

export const needleSizeSchema = z.object({
  diameterMm: z
    .number({ error: 'Needle diameter is a number in mm' })
    .min(0.1, 'Needle diameter is at least 0.10 mm')
    .max(0.5, 'Needle diameter is at most 0.50 mm'),
  lengthMm: z
    .number({ error: 'Needle length is a number in mm' })
    .min(7, 'Needle length is at least 7 mm')
    .max(150, 'Needle length is at most 150 mm')
})
export type NeedleSize = z.infer<typeof needleSizeSchema>

export function formatNeedleSize(size: NeedleSize): string {
  return `${size.diameterMm.toFixed(2)} × ${size.lengthMm} mm`
}

export const estimSchema = z.object({
  frequencyHz: z
    .number({ error: 'Frequency is a number in Hz' })
    .positive('Frequency must be above 0 Hz')
    .max(250, 'Frequency is at most 250 Hz'),
  minutes: z
    .number({ error: 'Minutes is a number' })
    .positive('Minutes must be above 0')
    .max(60, 'At most 60 minutes')
})

const tightnessSchema = z
  .number({ error: 'Tightness is a number from 0 to 10' })
  .int('Tightness is a whole number from 0 to 10')
  .min(0, 'Tightness runs from 0 to 10')
  .max(10, 'Tightness runs from 0 to 10')

export const needledMuscleSchema = z
  .object({
    muscleId: z.string().refine(isMuscleId, 'Choose a muscle from the list'),
    side: sideSchema,
    /** Insertion points on the body map. */
    points: z.array(bodyPointSchema).max(50, 'At most 50 points per muscle'),
    needleCount: z
      .number({ error: 'Number of needles is a whole number' })
      .int('Number of needles is a whole number')
      .min(1, 'At least one needle')
      .max(50, 'At most 50 needles'),
    insertions: z
      .number({ error: 'Insertions is a whole number' })
      .int('Insertions is a whole number')
      .min(1, 'At least one insertion')
      .max(500, 'At most 500 insertions')
      .nullable(),
    needleSize: needleSizeSchema,
    technique: techniqueSchema,
    estim: estimSchema.nullable(),
    dwellSeconds: z
      .number({ error: 'Dwell time is a number' })
      .int('Dwell time is whole seconds')
      .min(0, 'Dwell time cannot be negative')
      .max(3600, 'Dwell time is at most 60 minutes')
      .nullable(),
    /** Local twitch responses; 0 = none. */
    twitchCount: z
      .number({ error: 'Twitch responses is a whole number' })
      .int('Twitch responses is a whole number')
      .min(0, 'Twitch responses cannot be negative')
      .max(200, 'Twitch responses looks too high'),
    painDuring: nprsSchema.nullable(),
    /**
     * Tightness at the muscle, 0-10 before and after needling (lower is better; no published
     * threshold: docs/clinical-reference.md, "Recovery beyond pain").
     */
    tightnessBefore: tightnessSchema.nullable().default(null),
    tightnessAfter: tightnessSchema.nullable().default(null)
  })
  .superRefine((muscle, ctx) => {
    if (muscle.technique === 'electrical' && muscle.estim === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['estim'],
        message: 'Enter the e-stim frequency and minutes'
      })
    }
  })
export type NeedledMuscle = z.infer<typeof needledMuscleSchema>

/** Brady 2014 (PubMed 25125935) categories. */
export const ADVERSE_EVENT_CATEGORIES = [
  'bruising',
  'bleeding',
  'pain-during',
  'aggravation',
  'drowsiness-fatigue',
  'nausea',
  'vasovagal',
  'headache',
  'other'
] as const

export const ADVERSE_EVENT_LABELS: Record<(typeof ADVERSE_EVENT_CATEGORIES)[number], string> = {
  bruising: 'Bruising',
  bleeding: 'Bleeding',
  'pain-during': 'Pain during treatment',
  aggravation: 'Aggravation of symptoms',
  'drowsiness-fatigue': 'Drowsiness / fatigue',
  nausea: 'Nausea',
  vasovagal: 'Feeling faint (vasovagal)',
  headache: 'Headache',
  other: 'Other'
}

/** Classes from Physiotherapy Alberta. */
export const ADVERSE_EVENT_SEVERITIES = ['mild', 'significant', 'serious'] as const

export const adverseEventSchema = z.object({
  category: z.enum(ADVERSE_EVENT_CATEGORIES, { error: 'Choose what happened' }),
  severity: z.enum(ADVERSE_EVENT_SEVERITIES, { error: 'Choose mild, significant or serious' }),
  note: trimmedText(1000, 'Note')
})
export type AdverseEvent = z.infer<typeof adverseEventSchema>

export { FOLLOW_UP_CHECKPOINTS, type FollowUpCheckpoint } from './followUps'

export const followUpSchema = z.object({
  id: idSchema,
  checkpoint: z.enum(FOLLOW_UP_CHECKPOINTS, { error: 'Choose 24, 48 or 72 hours' }),
  recordedAt: localDateTimeSchema,
  soreness: nprsSchema,
  note: trimmedText(1000, 'Note')
})
export type FollowUp = z.infer<typeof followUpSchema>

export const therapistRefSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Choose the treating therapist')
})
export type TherapistRef = z.infer<typeof therapistRefSchema>

export const sessionConsentSchema = z.object({
  isGiven: z.boolean(),
  date: isoDateSchema.nullable(),
  isWritten: z.boolean()
})

export const screeningRecordSchema = z.object({
  answers: z.object(
    Object.fromEntries(SCREENING_KEYS.map((key) => [key, z.enum(['yes', 'no', 'not-asked'])])) as {
      [K in (typeof SCREENING_KEYS)[number]]: z.ZodEnum<{
        yes: 'yes'
        no: 'no'
        'not-asked': 'not-asked'
      }>
    }
  ),
  reviewedOn: isoDateSchema.nullable()
}) satisfies z.ZodType<ScreeningRecord>

const sessionFields = z.object({
  date: localDateTimeSchema,
  therapist: therapistRefSchema,
  diagnosis: z.string().trim().min(1, 'Enter the diagnosis or presenting complaint').max(300),
  diagnosisCode: z.enum(RUNNING_INJURY_CODES).nullable(),
  hasNeedling: z.boolean(),
  consent: sessionConsentSchema,
  /** The patient's screening precautions (answered yes) when the session was logged. */
  screeningFlags: z.array(z.enum(SCREENING_KEYS)),
  /**
   * Every screening answer (yes, no, not asked) when the session was logged; null for sessions
   * logged before Racepoint kept them, which state only their precautions.
   */
  screening: screeningRecordSchema.nullable(),
  painBefore: nprsSchema.nullable(),
  painAfter: nprsSchema.nullable(),
  pptBefore: pptSchema,
  pptAfter: pptSchema,
  muscles: z.array(needledMuscleSchema).max(30, 'At most 30 muscles in one session'),
  tolerance: z.enum(['good', 'fair', 'poor']).nullable(),
  outcome: trimmedText(2000, 'Outcome'),
  adverseEvents: z.array(adverseEventSchema),
  advice: z.array(z.enum(ADVICE_IDS)),
  homeExercises: trimmedText(4000, 'Home exercises'),
  nextAppointment: localDateTimeSchema.nullable(),
  notes: trimmedText(5000, 'Notes'),
  /** Measures taken at this visit (docs/clinical-reference.md, "Recovery beyond pain"). */
  measures: measureValuesSchema.default([])
})

/**
 * The rules of a needling record, as messages by field path. Exported so a form can report
 * them together with field errors (a schema refinement only runs once every field parses).
 */
export function needlingRecordProblems(s: {
  date: string
  hasNeedling: boolean
  consent: { isGiven: boolean; date: string | null }
  muscles: readonly unknown[]
}): Record<string, string> {
  const problems: Record<string, string> = {}
  // Consent is obtained before needling, so its date is never after the session's
  // (docs/clinical-reference.md, "Records": NJ 45:9-37.34k(c), VA 18VAC112-20-121(C)).
  if (s.consent.isGiven) {
    if (!s.consent.date) {
      problems['consent.date'] = 'Enter the date consent was given'
    } else if (
      isIsoDate(s.consent.date) &&
      isLocalDateTime(s.date) &&
      s.consent.date > dayOf(s.date)
    ) {
      problems['consent.date'] =
        `Consent comes before needling: its date cannot be after the session (${formatDate(s.date)})`
    }
  }
  if (!s.hasNeedling) return problems
  // Consent must be in the record before needling (CO, VA, NJ rules).
  if (!s.consent.isGiven) {
    problems['consent.isGiven'] = 'Confirm the patient consented before needling'
  }
  if (s.muscles.length === 0) problems['muscles'] = 'Add at least one needled muscle'
  return problems
}

function checkNeedlingRecord(s: z.output<typeof sessionFields>, ctx: z.RefinementCtx): void {
  for (const [path, message] of Object.entries(needlingRecordProblems(s))) {
    ctx.addIssue({ code: 'custom', path: path.split('.'), message })
  }
  for (const [path, message] of Object.entries(checkMeasureValues(s.measures, null))) {
    ctx.addIssue({ code: 'custom', path: ['measures', ...path.split('.')], message })
  }
}

export const sessionInputSchema = sessionFields.superRefine(checkNeedlingRecord)
export type SessionInput = z.infer<typeof sessionInputSchema>

export const amendmentSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  by: therapistRefSchema,
  text: z.string().trim().min(1, 'Write the amendment').max(5000, 'Amendment is too long')
})
export type Amendment = z.infer<typeof amendmentSchema>

export const sessionSchema = sessionFields
  .extend({
    id: idSchema,
    patientId: idSchema,
    status: z.enum(['open', 'final']),
    finalizedAt: timestampSchema.nullable(),
    finalizedBy: therapistRefSchema.nullable(),
    amendments: z.array(amendmentSchema),
    followUps: z.array(followUpSchema),
    /** The take-home sheets handed out, each exactly as given. */
    handouts: z.array(handoutSchema),
    /** Who entered the record (the signed-in therapist); null before sign-in existed. */
    enteredBy: therapistRefSchema.nullable().default(null),
    createdAt: timestampSchema,
    updatedAt: timestampSchema
  })
  .superRefine(checkNeedlingRecord)
export type Session = z.infer<typeof sessionSchema>

export function emptySessionInput(date: string, therapist: TherapistRef): SessionInput {
  return {
    date,
    therapist,
    diagnosis: '',
    diagnosisCode: null,
    hasNeedling: true,
    consent: { isGiven: false, date: null, isWritten: false },
    screeningFlags: [],
    screening: null,
    painBefore: null,
    painAfter: null,
    pptBefore: null,
    pptAfter: null,
    muscles: [],
    tolerance: null,
    outcome: '',
    adverseEvents: [],
    advice: [],
    homeExercises: '',
    nextAppointment: null,
    notes: '',
    measures: []
  }
}
