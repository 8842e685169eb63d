import { z } from 'zod'
import { idSchema } from '../common'

/**
 * The measures of recovery beyond pain (docs/clinical-reference.md, "Recovery beyond pain"):
 * what each records, its unit and range, which direction is better, and the threshold for a
 * real change where a source publishes one. A measure without a published threshold is charted
 * and its change described, but never called clinically important.
 */

/**
 * How a measure is recorded: a number with a unit, a count, a positive or negative test result,
 * a 0-10 rating, a questionnaire total, the PSFS (activities each 0-10, and their mean), or a
 * stage of return to running.
 */
export const MEASURE_KINDS = [
  'number',
  'count',
  'result',
  'rating',
  'total',
  'psfs',
  'stage'
] as const
export type MeasureKind = (typeof MEASURE_KINDS)[number]

export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  number: 'Number with a unit',
  count: 'Count',
  result: 'Positive or negative',
  rating: 'Rating 0–10',
  total: 'Questionnaire total',
  psfs: 'Activities rated 0–10',
  stage: 'Stage'
}

/** What a clinic may define itself: the simple kinds, never the PSFS or the running stage. */
export const CLINIC_MEASURE_KINDS = ['number', 'count', 'result', 'rating', 'total'] as const

export type Better = 'higher' | 'lower'

/**
 * A threshold for a real change. `mdc`: the smallest change beyond measurement error (a real
 * change, not by itself a clinically important one). `mcid`: the smallest change patients count
 * as important: only these make a change "clinically important". `symmetry` marks measures
 * judged by limb symmetry rather than change.
 */
export type Threshold =
  | { kind: 'mdc'; value: number; note: string }
  | { kind: 'mcid'; value: number; note: string }
  | { kind: 'grades'; small: number; medium: number; large: number; note: string }
  | { kind: 'result-change'; note: string }

export type MeasureGroup = 'range' | 'function' | 'tightness' | 'strength' | 'running'

export type MeasureDefinition = {
  id: string
  name: string
  /** Shorter name for chart titles and table columns. */
  shortName: string
  kind: MeasureKind
  isSided: boolean
  /** Shown after values ("cm", "points"); '' for results and stages. */
  unit: string
  /**
   * What the form accepts. For questionnaires, the scale's own range; for a measured distance
   * or count, a limit that catches typing slips (not a clinical value).
   */
  min: number
  max: number
  /** Decimal places accepted (0: whole numbers). */
  decimals: number
  better: Better
  threshold: Threshold | null
  /** Limb symmetry (injured / uninjured x 100) is shown against the clinic's setting. */
  hasSymmetry: boolean
  group: MeasureGroup
  /** Where the facts come from, in a few words. */
  source: string
  /** Who defined it: the reference table, or the clinic (which carries no published threshold). */
  origin: 'reference' | 'clinic'
}

/** Stages of return to running, in order: labels for where the runner is, not a protocol. */
export const RETURN_STAGES = [
  'Not running',
  'Walk–run',
  'Easy continuous running',
  'Building volume',
  'Speed work and hills',
  'Full training'
] as const

/** The reference's measures (docs/clinical-reference.md, "Recovery beyond pain"). */
export const MEASURE_CATALOGUE: readonly MeasureDefinition[] = [
  {
    id: 'knee-to-wall',
    name: 'Knee-to-wall (weight-bearing lunge)',
    shortName: 'Knee-to-wall',
    kind: 'number',
    isSided: true,
    unit: 'cm',
    min: 0,
    max: 30,
    decimals: 1,
    better: 'higher',
    // Same-clinician MDC 1.9 cm; 1.6 cm between clinicians (Powden 2015, PubMed 25704110;
    // docs/clinical-reference.md, "Recovery beyond pain").
    threshold: { kind: 'mdc', value: 1.9, note: 'a measurement can vary' },
    hasSymmetry: false,
    group: 'range',
    source: 'Powden 2015 (PubMed 25704110); Chisholm 2012 (PMC3484905)',
    origin: 'reference'
  },
  {
    id: 'lefs',
    name: 'Lower Extremity Functional Scale (LEFS)',
    shortName: 'LEFS',
    kind: 'total',
    isSided: false,
    unit: 'points',
    min: 0,
    max: 80,
    decimals: 0,
    better: 'higher',
    threshold: { kind: 'mcid', value: 9, note: 'that count as clinically important' },
    hasSymmetry: false,
    group: 'function',
    source: 'Binkley 1999 (Phys Ther 79:371)',
    origin: 'reference'
  },
  {
    id: 'psfs',
    name: 'Patient-Specific Functional Scale (PSFS)',
    shortName: 'PSFS',
    kind: 'psfs',
    isSided: false,
    unit: 'points',
    min: 0,
    max: 10,
    decimals: 1,
    better: 'higher',
    threshold: {
      kind: 'grades',
      small: 1.3,
      medium: 2.3,
      large: 2.7,
      note: 'of the mean score'
    },
    hasSymmetry: false,
    group: 'function',
    source: 'Abbott & Schmitt 2014',
    origin: 'reference'
  },
  {
    id: 'visa-a',
    name: 'VISA-A (Achilles tendinopathy)',
    shortName: 'VISA-A',
    kind: 'total',
    isSided: false,
    unit: 'points',
    min: 0,
    max: 100,
    decimals: 0,
    better: 'higher',
    // No threshold in the reference yet: the change is shown, no claim made.
    threshold: null,
    hasSymmetry: false,
    group: 'function',
    source: 'Robinson 2001 (PubMed 11579069); Iversen 2012 (PubMed 22319681)',
    origin: 'reference'
  },
  {
    id: 'visa-p',
    name: 'VISA-P (patellar tendinopathy)',
    shortName: 'VISA-P',
    kind: 'total',
    isSided: false,
    unit: 'points',
    min: 0,
    max: 100,
    decimals: 0,
    better: 'higher',
    threshold: { kind: 'mcid', value: 13, note: 'that count as clinically important' },
    hasSymmetry: false,
    group: 'function',
    source: 'Hernandez-Sanchez 2014 (BJSM 48:453)',
    origin: 'reference'
  },
  {
    id: 'ober',
    name: 'Ober test (ITB / TFL)',
    shortName: 'Ober',
    kind: 'result',
    isSided: true,
    unit: '',
    min: 0,
    max: 1,
    decimals: 0,
    better: 'lower',
    threshold: { kind: 'result-change', note: 'a change of result' },
    hasSymmetry: false,
    group: 'tightness',
    source: 'common practice',
    origin: 'reference'
  },
  {
    id: 'thomas',
    name: 'Thomas test (hip flexors)',
    shortName: 'Thomas',
    kind: 'result',
    isSided: true,
    unit: '',
    min: 0,
    max: 1,
    decimals: 0,
    better: 'lower',
    threshold: { kind: 'result-change', note: 'a change of result' },
    hasSymmetry: false,
    group: 'tightness',
    source: 'common practice',
    origin: 'reference'
  },
  {
    id: 'calf-raise',
    name: 'Single-leg calf raise to fatigue',
    shortName: 'Calf raises',
    kind: 'count',
    isSided: true,
    unit: 'raises',
    min: 0,
    max: 200,
    decimals: 0,
    better: 'higher',
    threshold: null,
    hasSymmetry: true,
    group: 'strength',
    source: 'Ardern 2016 (BJSM 50:853); Welling 2017 (PMC5315711)',
    origin: 'reference'
  },
  {
    id: 'hop-distance',
    name: 'Single-leg hop for distance',
    shortName: 'Hop distance',
    kind: 'number',
    isSided: true,
    unit: 'cm',
    min: 0,
    max: 400,
    decimals: 0,
    better: 'higher',
    threshold: null,
    hasSymmetry: true,
    group: 'strength',
    source: 'Ardern 2016 (BJSM 50:853); Welling 2017 (PMC5315711)',
    origin: 'reference'
  },
  {
    id: 'weekly-distance',
    name: 'Weekly running distance',
    shortName: 'Weekly distance',
    kind: 'number',
    isSided: false,
    // Stored in km; shown in the clinic's unit.
    unit: 'km',
    min: 0,
    max: 500,
    // Two places: a distance typed in miles is stored in km.
    decimals: 2,
    better: 'higher',
    threshold: null,
    hasSymmetry: false,
    group: 'running',
    source: 'Silbernagel 2007 (Am J Sports Med 35:897)',
    origin: 'reference'
  },
  {
    id: 'longest-run',
    name: 'Longest run this week',
    shortName: 'Longest run',
    kind: 'number',
    isSided: false,
    unit: 'km',
    min: 0,
    max: 250,
    // Two places: a distance typed in miles is stored in km.
    decimals: 2,
    better: 'higher',
    threshold: null,
    hasSymmetry: false,
    group: 'running',
    source: 'Silbernagel 2007 (Am J Sports Med 35:897)',
    origin: 'reference'
  },
  {
    id: 'running-pain',
    name: 'Pain during running',
    shortName: 'Running pain',
    kind: 'rating',
    isSided: false,
    unit: '/10',
    min: 0,
    max: 10,
    decimals: 0,
    better: 'lower',
    // Judged against the pain-monitoring zones (a clinic setting), not a change threshold.
    threshold: null,
    hasSymmetry: false,
    group: 'running',
    source: 'Silbernagel 2007 (Am J Sports Med 35:897)',
    origin: 'reference'
  },
  {
    id: 'return-stage',
    name: 'Stage of return to running',
    shortName: 'Return stage',
    kind: 'stage',
    isSided: false,
    unit: '',
    min: 0,
    max: RETURN_STAGES.length - 1,
    decimals: 0,
    better: 'higher',
    threshold: null,
    hasSymmetry: false,
    group: 'running',
    source: 'Racepoint’s labels',
    origin: 'reference'
  }
]

/** Tightness at a needled muscle, 0-10 before and after needling, recorded on the muscle's row. */
export const TIGHTNESS: MeasureDefinition = {
  id: 'tightness',
  name: 'Muscle tightness',
  shortName: 'Tightness',
  kind: 'rating',
  isSided: false,
  unit: '/10',
  min: 0,
  max: 10,
  decimals: 0,
  better: 'lower',
  // None published: chart it, make no claim.
  threshold: null,
  hasSymmetry: false,
  group: 'tightness',
  source: 'the product’s premise (no published threshold)',
  origin: 'reference'
}

/** Running measures recorded together as "this week's running". */
export const RUNNING_MEASURE_IDS = [
  'weekly-distance',
  'longest-run',
  'running-pain',
  'return-stage'
] as const

/** Measures whose values are distances in km, shown in the clinic's unit. */
export const DISTANCE_MEASURE_IDS: ReadonlySet<string> = new Set(['weekly-distance', 'longest-run'])

const CLINIC_PREFIX = 'clinic-'

/** A measure the clinic defines in Settings. */
export const clinicMeasureSchema = z
  .object({
    id: idSchema.refine((id) => id.startsWith(CLINIC_PREFIX), 'Not a clinic measure id'),
    name: z
      .string()
      .trim()
      .min(1, 'Name the measure')
      .max(80, 'The name is too long (at most 80 characters)'),
    unit: z.string().trim().max(20, 'The unit is too long (at most 20 characters)'),
    kind: z.enum(CLINIC_MEASURE_KINDS, { error: 'Choose how it is recorded' }),
    isSided: z.boolean(),
    min: z.number({ error: 'The lowest value is a number' }),
    max: z.number({ error: 'The highest value is a number' }),
    better: z.enum(['higher', 'lower'], { error: 'Choose which direction is better' }),
    /** The clinic's own threshold for a real change; none unless the clinic sets one. */
    threshold: z
      .number({ error: 'The threshold is a number' })
      .positive('The threshold is above 0')
      .nullable(),
    /** Hidden from new recordings; values already recorded keep it. */
    isRetired: z.boolean()
  })
  .superRefine((m, ctx) => {
    if (m.min >= m.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'The highest value must be above the lowest'
      })
    }
    if (m.threshold !== null && m.threshold > m.max - m.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'The threshold is larger than the whole range'
      })
    }
  })
export type ClinicMeasure = z.infer<typeof clinicMeasureSchema>

export function newClinicMeasureId(random: string): string {
  return `${CLINIC_PREFIX}${random}`
}

/** A clinic measure as a definition like the reference's, saying it is the clinic's. */
export function clinicDefinition(m: ClinicMeasure): MeasureDefinition {
  const isResult = m.kind === 'result'
  const isRating = m.kind === 'rating'
  return {
    id: m.id,
    name: m.name,
    shortName: m.name,
    kind: m.kind,
    isSided: m.isSided,
    unit: isResult ? '' : isRating ? '/10' : m.unit,
    min: isResult || isRating ? 0 : m.min,
    max: isResult ? 1 : isRating ? 10 : m.max,
    decimals: m.kind === 'number' ? 2 : 0,
    better: isResult ? 'lower' : m.better,
    threshold:
      m.threshold === null || isResult
        ? null
        : { kind: 'mdc', value: m.threshold, note: 'the clinic counts as a real change' },
    hasSymmetry: false,
    group: 'function',
    source: 'the clinic’s own measure',
    origin: 'clinic'
  }
}

const BY_ID: ReadonlyMap<string, MeasureDefinition> = new Map(
  [...MEASURE_CATALOGUE, TIGHTNESS].map((m) => [m.id, m])
)

/** The definition for an id: the reference's, else the clinic's own; undefined when unknown. */
export function measureDefinition(
  id: string,
  clinicMeasures: readonly ClinicMeasure[] = []
): MeasureDefinition | undefined {
  const known = BY_ID.get(id)
  if (known) return known
  const own = clinicMeasures.find((m) => m.id === id)
  return own ? clinicDefinition(own) : undefined
}

/** Every measure a new recording may use: the reference's, then the clinic's current ones. */
export function recordableMeasures(clinicMeasures: readonly ClinicMeasure[]): MeasureDefinition[] {
  return [...MEASURE_CATALOGUE, ...clinicMeasures.filter((m) => !m.isRetired).map(clinicDefinition)]
}
