import { z } from 'zod'
import { idSchema, localDateTimeSchema, timestampSchema, trimmedText } from '../common'
import type { ClinicMeasure } from './catalogue'
import { measureListProblems, measureValueSchema } from './values'

/** Measures a session or a recording between visits holds at most. */
export const MAX_MEASURES_PER_RECORDING = 30

export const measureValuesSchema = z
  .array(measureValueSchema)
  .max(MAX_MEASURES_PER_RECORDING, `At most ${MAX_MEASURES_PER_RECORDING} measures at once`)

/**
 * Checks values against the catalogue. Without the clinic's list (`null`), a clinic measure's
 * value passes here and the repository checks it against the clinic's settings.
 */
export function checkMeasureValues(
  values: readonly z.output<typeof measureValueSchema>[],
  clinicMeasures: readonly ClinicMeasure[] | null
): Record<string, string> {
  const known = clinicMeasures ?? []
  const checked = clinicMeasures ? values : values.filter((v) => !v.measureId.startsWith('clinic-'))
  const problems = measureListProblems(checked, known)
  if (checked === values) return problems
  // Paths were numbered in the filtered list: put them back on the full one.
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(problems)) {
    const [i, ...rest] = path.split('.')
    out[[values.indexOf(checked[Number(i)]!), ...rest].join('.')] = message
  }
  return out
}

/**
 * Measures taken between visits (a questionnaire returned by email, this week's running):
 * one row per recording, several values at one time. Rows live in the `measures` table
 * (db/migrations/0006-measures.ts), indexed only by id, patient and time.
 */
export const measureRecordingInputSchema = z
  .object({
    takenAt: localDateTimeSchema,
    values: measureValuesSchema.min(1, 'Record at least one measure'),
    /** Free text. */
    note: trimmedText(1000, 'Note')
  })
  .superRefine((r, ctx) => {
    for (const [path, message] of Object.entries(checkMeasureValues(r.values, null))) {
      ctx.addIssue({ code: 'custom', path: ['values', ...path.split('.')], message })
    }
  })
export type MeasureRecordingInput = z.infer<typeof measureRecordingInputSchema>

export const measureRecordingSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  takenAt: localDateTimeSchema,
  values: measureValuesSchema,
  note: z.string(),
  enteredBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema
})
export type MeasureRecording = z.infer<typeof measureRecordingSchema>
