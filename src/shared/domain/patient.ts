import { z } from 'zod'
import { ageOn, daysBetween, isIsoDate, toLocalDateTime, type IsoDate } from '../dates'
import { idSchema, isoDateSchema, sideSchema, timestampSchema, trimmedText } from './common'
import { RUNNING_INJURY_CODES } from './injuries'
import { raceDistanceKindSchema } from './race'
import { SCREENING_KEYS, type ScreeningKey } from './screening'
import { foldText, searchTermsFor } from './search'

/** Oldest age a date of birth may give before it is taken for a typing error. */
const MAX_AGE_YEARS = 120

export const sexSchema = z.enum(['female', 'male', 'other', 'unspecified'])
export type Sex = z.infer<typeof sexSchema>

export const diagnosisSchema = z.object({
  code: z.enum(RUNNING_INJURY_CODES).nullable(),
  label: z.string().trim().min(1, 'Name the diagnosis').max(200, 'Diagnosis is too long'),
  side: sideSchema.nullable(),
  since: isoDateSchema.nullable()
})
export type Diagnosis = z.infer<typeof diagnosisSchema>

export const runningProfileSchema = z.object({
  /** Always kilometres; shown in the clinic's unit. */
  weeklyKm: z
    .number({ error: 'Weekly volume is a number' })
    .min(0, 'Weekly volume cannot be negative')
    .max(500, 'Weekly volume looks too high')
    .nullable(),
  yearsRunning: z
    .number({ error: 'Years running is a number' })
    .min(0, 'Years running cannot be negative')
    .max(90, 'Years running looks too high')
    .nullable(),
  usualDistances: z.array(raceDistanceKindSchema),
  dominantSide: z.enum(['left', 'right']).nullable()
})
export type RunningProfile = z.infer<typeof runningProfileSchema>

const screeningAnswersShape = Object.fromEntries(
  SCREENING_KEYS.map((key) => [key, z.boolean().optional()])
) as Record<ScreeningKey, z.ZodOptional<z.ZodBoolean>>

export const screeningSchema = z.object({
  /** true = present, false = asked and absent, missing = not asked yet. */
  answers: z.object(screeningAnswersShape),
  reviewedOn: isoDateSchema.nullable(),
  notes: trimmedText(2000, 'Screening notes')
})
export type Screening = z.infer<typeof screeningSchema>

export const consentOnFileSchema = z.object({
  isOnFile: z.boolean(),
  date: isoDateSchema.nullable(),
  isWritten: z.boolean()
})
export type ConsentOnFile = z.infer<typeof consentOnFileSchema>

const emailSchema = z
  .string()
  .trim()
  .max(200)
  .refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Enter an email like name@example.com'
  )

export const patientInputSchema = z.object({
  firstName: z.string().trim().min(1, 'Enter a first name').max(80, 'First name is too long'),
  lastName: z.string().trim().min(1, 'Enter a last name').max(80, 'Last name is too long'),
  dateOfBirth: isoDateSchema.nullable(),
  sex: sexSchema,
  phone: trimmedText(40, 'Phone'),
  email: emailSchema,
  running: runningProfileSchema,
  diagnoses: z.array(diagnosisSchema).max(20, 'At most 20 current diagnoses'),
  injuryHistory: trimmedText(5000, 'Injury history'),
  notes: trimmedText(5000, 'Notes'),
  screening: screeningSchema,
  consent: consentOnFileSchema
})
export type PatientInput = z.infer<typeof patientInputSchema>

/** Rules that depend on today's date, added to the input schema at the moment of writing. */
export function patientInputSchemaOn(today: IsoDate) {
  return patientInputSchema.superRefine((input, ctx) => {
    // A field that failed a check of its own (a date that is not a real day) still reaches
    // this refinement: judge only real dates.
    if (input.dateOfBirth && isIsoDate(input.dateOfBirth)) {
      if (daysBetween(today, input.dateOfBirth) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: 'Date of birth cannot be in the future'
        })
      } else if (ageOn(input.dateOfBirth, today) > MAX_AGE_YEARS) {
        ctx.addIssue({
          code: 'custom',
          path: ['dateOfBirth'],
          message: `Date of birth gives an age over ${MAX_AGE_YEARS}: check the year`
        })
      }
    }
    if (
      input.consent.date &&
      isIsoDate(input.consent.date) &&
      daysBetween(today, input.consent.date) > 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'date'],
        message: 'Consent date cannot be in the future'
      })
    }
    if (input.consent.isOnFile && !input.consent.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'date'],
        message: 'Enter the date consent was given'
      })
    }
  })
}

export const patientStatusSchema = z.enum(['active', 'archived', 'trashed'])
export type PatientStatus = z.infer<typeof patientStatusSchema>

export const patientSchema = patientInputSchema.extend({
  id: idSchema,
  status: patientStatusSchema,
  /** Folded name words, indexed for accent- and case-insensitive prefix search. */
  searchTerms: z.array(z.string()),
  /** Folded "last first", indexed for the alphabetical list. */
  sortName: z.string(),
  /** Last session's date-time, or the record's creation when never seen: "recent first" sorting. */
  recentAt: z.string(),
  lastSessionAt: z.string().nullable(),
  archivedAt: timestampSchema.nullable(),
  trashedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema
})
export type Patient = z.infer<typeof patientSchema>

export function fullName(p: Pick<Patient, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`
}

export function screeningFlags(screening: Screening): ScreeningKey[] {
  return SCREENING_KEYS.filter((key) => screening.answers[key] === true)
}

export function emptyPatientInput(): PatientInput {
  return {
    firstName: '',
    lastName: '',
    dateOfBirth: null,
    sex: 'unspecified',
    phone: '',
    email: '',
    running: { weeklyKm: null, yearsRunning: null, usualDistances: [], dominantSide: null },
    diagnoses: [],
    injuryHistory: '',
    notes: '',
    screening: { answers: {}, reviewedOn: null, notes: '' },
    consent: { isOnFile: false, date: null, isWritten: false }
  }
}

/** Derived, indexed fields kept in step with the name. */
export function nameKeys(input: Pick<PatientInput, 'firstName' | 'lastName'>) {
  return {
    searchTerms: searchTermsFor(input.firstName, input.lastName),
    sortName: `${foldText(input.lastName)} ${foldText(input.firstName)}`
  }
}

/** A new patient's stored record; `now` stamps it and places it first in "recent" order. */
export function buildPatientRecord(input: PatientInput, id: string, now: Date): Patient {
  const nowIso = now.toISOString()
  return {
    ...input,
    ...nameKeys(input),
    id,
    status: 'active',
    recentAt: toLocalDateTime(now),
    lastSessionAt: null,
    archivedAt: null,
    trashedAt: null,
    createdAt: nowIso,
    updatedAt: nowIso
  }
}
