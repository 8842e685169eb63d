import { z } from 'zod'
import { idSchema, timestampSchema, trimmedText } from './common'
import { DEFAULT_LOCK_MINUTES } from './auth/signIn'
import { sheetTextsSchema } from './sheet/texts'
import { clinicMeasureSchema } from './measures/catalogue'
import { DEFAULT_LIMB_SYMMETRY_PERCENT } from './measures/symmetry'

export const therapistSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Enter the therapist’s name').max(120, 'Name is too long'),
  credentials: trimmedText(120, 'Credentials'),
  isActive: z.boolean()
})
export type Therapist = z.infer<typeof therapistSchema>

export const clinicDetailsSchema = z.object({
  name: trimmedText(120, 'Clinic name'),
  address: trimmedText(400, 'Address'),
  phone: trimmedText(40, 'Phone'),
  email: trimmedText(200, 'Email'),
  /** A small image as a data: URL, so it prints without file access. */
  logoDataUrl: z
    .string()
    .max(700_000, 'The logo is too large: use an image under 500 KB')
    .refine(
      (v) => /^data:image\/(png|jpeg|svg\+xml|webp);base64,/.test(v),
      'The logo must be a PNG, JPEG, SVG or WebP image'
    )
    .nullable()
})
export type ClinicDetails = z.infer<typeof clinicDetailsSchema>

/**
 * Windows before a race in which needling is flagged. No source fixes them: the defaults come
 * from the post-needling soreness data (resolves by about 72 h, PubMed 26406209) and the taper
 * before an A race (docs/clinical-reference.md, "Race windows"). They are the clinic's settings, not rules.
 */
export const DEFAULT_RACE_WINDOW = { anyRaceHours: 72, aRaceDays: 7 } as const

export const raceWindowSettingsSchema = z.object({
  anyRaceHours: z
    .number({ error: 'Hours is a whole number' })
    .int('Hours is a whole number')
    .min(0, 'Hours cannot be negative')
    .max(336, 'At most 336 hours (14 days)'),
  aRaceDays: z
    .number({ error: 'Days is a whole number' })
    .int('Days is a whole number')
    .min(0, 'Days cannot be negative')
    .max(42, 'At most 42 days')
})
export type RaceWindowSettings = z.infer<typeof raceWindowSettingsSchema>

/**
 * Years a signed record is kept after the last signed session before it may be destroyed.
 * Retention rules vary by state (commonly 7-10 years for adults): the clinic sets it; the
 * default is the longer end of that range (docs/clinical-reference.md, "Records").
 */
export const DEFAULT_RETENTION_YEARS = 10

/**
 * The pain-monitoring model's zones for pain during running: 0-2 safe, up to 5 acceptable if it
 * settles by the next morning, above 5 too much (Silbernagel 2007, Am J Sports Med 35:897;
 * docs/clinical-reference.md, "Recovery beyond pain"). The bounds are the clinic's setting.
 */
export const DEFAULT_RUNNING_PAIN = { safeUpTo: 2, acceptableUpTo: 5 } as const

const painBound = z
  .number({ error: 'Pain is a whole number from 0 to 10' })
  .int('Pain is a whole number from 0 to 10')
  .min(0, 'Pain runs from 0 to 10')
  .max(10, 'Pain runs from 0 to 10')

export const runningPainSettingsSchema = z
  .object({ safeUpTo: painBound, acceptableUpTo: painBound })
  .refine((z) => z.safeUpTo <= z.acceptableUpTo, {
    path: ['acceptableUpTo'],
    message: 'The acceptable bound is at or above the safe one'
  })
export type RunningPainSettings = z.infer<typeof runningPainSettingsSchema>

export const SETTINGS_ID = 'clinic'

export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  /** False until the clinic chose the demo or an empty start; the welcome screen shows till then. */
  isSetUp: z.boolean().default(false),
  clinic: clinicDetailsSchema.default({
    name: '',
    address: '',
    phone: '',
    email: '',
    logoDataUrl: null
  }),
  therapists: z.array(therapistSchema).default([]),
  defaultTherapistId: idSchema.nullable().default(null),
  /** The therapist who set the clinic up: adds and removes therapists, resets passphrases. */
  ownerId: idSchema.nullable().default(null),
  /** Minutes without input before Racepoint locks (HIPAA 164.312(a)(2)(iii) automatic logoff). */
  lockMinutes: z
    .number({ error: 'Minutes is a whole number' })
    .int('Minutes is a whole number')
    .min(1, 'Lock after at least 1 minute')
    .max(60, 'At most 60 minutes')
    .default(DEFAULT_LOCK_MINUTES),
  units: z.enum(['km', 'mi']).default('km'),
  paperSize: z.enum(['A4', 'Letter']).default('A4'),
  raceWindow: raceWindowSettingsSchema.default({ ...DEFAULT_RACE_WINDOW }),
  retentionYears: z
    .number({ error: 'Years is a whole number' })
    .int('Years is a whole number')
    .min(1, 'Keep signed records at least 1 year')
    .max(100, 'At most 100 years')
    .default(DEFAULT_RETENTION_YEARS),
  /** The clinic's own measures, beside the reference's (no threshold unless the clinic sets one). */
  measures: z
    .array(clinicMeasureSchema)
    .max(60, 'At most 60 measures of the clinic’s own')
    .default([]),
  /** Limb symmetry (injured / uninjured) counted as ready; docs/clinical-reference.md, "Recovery beyond pain". */
  limbSymmetryPercent: z
    .number({ error: 'Limb symmetry is a whole percentage' })
    .int('Limb symmetry is a whole percentage')
    .min(50, 'At least 50%')
    .max(100, 'At most 100%')
    .default(DEFAULT_LIMB_SYMMETRY_PERCENT),
  runningPain: runningPainSettingsSchema.default({ ...DEFAULT_RUNNING_PAIN }),
  /** Standard texts of the take-home sheet; defaults from docs/clinical-reference.md, "The take-home sheet". */
  sheet: sheetTextsSchema.prefault({}),
  updatedAt: timestampSchema.nullable().default(null)
})
export type Settings = z.infer<typeof settingsSchema>

export type PaperSize = Settings['paperSize']

/** Where US Letter is the usual paper (ISO 3166 regions); elsewhere A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'NI'
])

/** The paper a new clinic starts with, from the computer's language ("en-US" -> Letter). */
export function paperSizeForLocale(locale: string): PaperSize {
  try {
    const region = new Intl.Locale(locale).maximize().region
    return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4'
  } catch {
    return 'A4'
  }
}

export function defaultSettings(): Settings {
  return settingsSchema.parse({ id: SETTINGS_ID })
}

/** The therapist a new session is prefilled with: the default, else the first active one. */
export function defaultTherapist(settings: Settings): Therapist | undefined {
  const active = settings.therapists.filter((t) => t.isActive)
  return active.find((t) => t.id === settings.defaultTherapistId) ?? active[0]
}
