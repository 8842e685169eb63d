import { z } from 'zod'
import { idSchema, trimmedText } from '../common'
import {
  measureDefinition,
  RETURN_STAGES,
  type ClinicMeasure,
  type MeasureDefinition
} from './catalogue'

/** PSFS activities per recording (docs/clinical-reference.md, "Recovery beyond pain"). */
export const MAX_PSFS_ACTIVITIES = 5

export const psfsActivitySchema = z.object({
  /** The runner's own words ("run 10 km"): free text. */
  name: z.string().trim().min(1, 'Name the activity').max(80, 'At most 80 characters'),
  score: z
    .number({ error: 'Each activity is scored 0 to 10' })
    .min(0, 'Each activity is scored 0 to 10')
    .max(10, 'Each activity is scored 0 to 10')
})
export type PsfsActivity = z.infer<typeof psfsActivitySchema>

/**
 * One measure as recorded at one time. A sided measure holds `left` and/or `right`, a single
 * one `value` (for results 1 = positive, 0 = negative; for the return stage the stage's index),
 * the PSFS its activities (its score is their mean).
 */
export const measureValueSchema = z.object({
  measureId: idSchema,
  left: z.number({ error: 'Enter a number' }).nullable(),
  right: z.number({ error: 'Enter a number' }).nullable(),
  value: z.number({ error: 'Enter a number' }).nullable(),
  activities: z.array(psfsActivitySchema).max(MAX_PSFS_ACTIVITIES, 'At most 5 activities'),
  /** Free text. */
  note: trimmedText(300, 'Note').default('')
})
export type MeasureValue = z.infer<typeof measureValueSchema>

export function emptyMeasureValue(measureId: string): MeasureValue {
  return { measureId, left: null, right: null, value: null, activities: [], note: '' }
}

function rangeProblem(def: MeasureDefinition, n: number): string | null {
  if (!Number.isFinite(n)) return 'Enter a number'
  if (def.kind === 'result') return n === 0 || n === 1 ? null : 'Choose positive or negative'
  if (def.kind === 'stage') {
    return Number.isInteger(n) && n >= 0 && n < RETURN_STAGES.length ? null : 'Choose a stage'
  }
  const unit = def.unit && def.unit !== '/10' ? ` ${def.unit}` : ''
  if (n < def.min || n > def.max)
    return `${def.shortName} runs from ${def.min} to ${def.max}${unit}`
  const scaled = n * 10 ** def.decimals
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
    return def.decimals === 0
      ? `${def.shortName} is a whole number`
      : `${def.shortName} takes at most ${def.decimals} decimal place${def.decimals === 1 ? '' : 's'}`
  }
  return null
}

/**
 * What is wrong with one recorded value, by field ("left", "activities.0.score"), in a
 * therapist's words; empty when it is fine. Unknown measures are refused.
 */
export function measureValueProblems(
  value: MeasureValue,
  def: MeasureDefinition | undefined
): Record<string, string> {
  if (!def) return { measureId: 'This measure is not in the catalogue or the clinic’s list' }
  const problems: Record<string, string> = {}
  if (def.kind === 'psfs') {
    if (value.activities.length === 0) problems['activities'] = 'Add at least one activity'
    value.activities.forEach((a, i) => {
      const p = rangeProblem(def, a.score)
      if (p) problems[`activities.${i}.score`] = p
    })
    return problems
  }
  if (def.isSided) {
    if (value.left === null && value.right === null) {
      problems['left'] = 'Enter the left side, the right side or both'
    }
    for (const side of ['left', 'right'] as const) {
      const n = value[side]
      const p = n === null ? null : rangeProblem(def, n)
      if (p) problems[side] = p
    }
    return problems
  }
  if (value.value === null) problems['value'] = `Enter the ${def.shortName.toLowerCase()}`
  else {
    const p = rangeProblem(def, value.value)
    if (p) problems['value'] = p
  }
  return problems
}

/** Problems with a list of values, by path ("2.left"), a measure at most once per list. */
export function measureListProblems(
  values: readonly MeasureValue[],
  clinicMeasures: readonly ClinicMeasure[]
): Record<string, string> {
  const problems: Record<string, string> = {}
  const seen = new Set<string>()
  values.forEach((v, i) => {
    if (seen.has(v.measureId)) problems[`${i}.measureId`] = 'This measure is already in the list'
    seen.add(v.measureId)
    for (const [path, message] of Object.entries(
      measureValueProblems(v, measureDefinition(v.measureId, clinicMeasures))
    )) {
      problems[`${i}.${path}`] = message
    }
  })
  return problems
}

/** The PSFS score: the mean of its activities, to one decimal. */
export function psfsMean(activities: readonly PsfsActivity[]): number | null {
  if (activities.length === 0) return null
  const mean = activities.reduce((sum, a) => sum + a.score, 0) / activities.length
  return Math.round(mean * 10) / 10
}

/** The numbers a value charts: per side for sided measures, else one. */
export function valueNumbers(
  v: MeasureValue,
  def: MeasureDefinition
): { left: number | null; right: number | null; value: number | null } {
  if (def.kind === 'psfs') return { left: null, right: null, value: psfsMean(v.activities) }
  if (def.isSided) return { left: v.left, right: v.right, value: null }
  return { left: null, right: null, value: v.value }
}
