import { z } from 'zod'
import {
  DISTANCE_MEASURE_IDS,
  measureDefinition,
  RUNNING_MEASURE_IDS,
  type ClinicMeasure
} from '@shared/domain/measures/catalogue'
import { displayValue, toStoredDistance, type DistanceUnit } from '@shared/domain/measures/change'
import type { MeasureValue } from '@shared/domain/measures/values'

/**
 * A measure as typed in a form (the session form's Measures section, or a recording between
 * visits). Numbers stay the text typed; a result is '1' (positive), '0' (negative) or ''; a
 * stage its index as text. Distances are typed in the clinic's unit.
 */
export const measureFormSchema = z.object({
  key: z.string(),
  measureId: z.string(),
  left: z.string(),
  right: z.string(),
  value: z.string(),
  activities: z.array(z.object({ key: z.string(), name: z.string(), score: z.string() })),
  note: z.string()
})
export type MeasureForm = z.infer<typeof measureFormSchema>
export type ActivityForm = MeasureForm['activities'][number]

let counter = 0
const rowKey = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++counter}`

export function emptyActivity(): ActivityForm {
  return { key: rowKey('act'), name: '', score: '' }
}

export function emptyMeasureForm(
  measureId: string,
  clinic: readonly ClinicMeasure[] = []
): MeasureForm {
  const def = measureDefinition(measureId, clinic)
  return {
    key: rowKey('ms'),
    measureId,
    left: '',
    right: '',
    value: '',
    activities: def?.kind === 'psfs' ? [emptyActivity()] : [],
    note: ''
  }
}

const text = (n: number | null, id: string, units: DistanceUnit): string => {
  if (n === null) return ''
  if (DISTANCE_MEASURE_IDS.has(id)) {
    const def = measureDefinition(id)
    return def ? displayValue(def, n, units) : String(n)
  }
  return String(n)
}

/** The form rows for values already saved (editing a session or a recording). */
export function measureFormsFrom(
  values: readonly MeasureValue[],
  units: DistanceUnit
): MeasureForm[] {
  return values.map((v) => ({
    key: rowKey('ms'),
    measureId: v.measureId,
    left: text(v.left, v.measureId, units),
    right: text(v.right, v.measureId, units),
    value: text(v.value, v.measureId, units),
    activities: v.activities.map((a) => ({
      key: rowKey('act'),
      name: a.name,
      score: String(a.score)
    })),
    note: v.note
  }))
}

/** A number as typed: null when empty, NaN when not a number; a decimal comma reads as a point. */
function parse(textValue: string): number | null {
  const trimmed = textValue.trim()
  if (trimmed === '') return null
  const normalised = trimmed.replace(',', '.')
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN
}

/**
 * The values to save, in stored units, with "not a number" problems by path ("0.left"); the
 * schema checks ranges and sides afterwards, so every message sits next to its field.
 */
export function measureValuesFrom(
  rows: readonly MeasureForm[],
  units: DistanceUnit
): { values: MeasureValue[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {}
  const values = rows.map((row, i): MeasureValue => {
    const isDistance = DISTANCE_MEASURE_IDS.has(row.measureId)
    const num = (field: 'left' | 'right' | 'value'): number | null => {
      const n = parse(row[field])
      if (n !== null && Number.isNaN(n)) {
        problems[`${i}.${field}`] = 'Enter a number'
        return null
      }
      return n !== null && isDistance ? toStoredDistance(n, units) : n
    }
    return {
      measureId: row.measureId,
      left: num('left'),
      right: num('right'),
      value: num('value'),
      activities: row.activities
        .filter((a) => a.name.trim() !== '' || a.score.trim() !== '')
        .map((a, j) => {
          const score = parse(a.score)
          if (score === null || Number.isNaN(score)) {
            problems[`${i}.activities.${j}.score`] = 'Score the activity 0 to 10'
          }
          if (a.name.trim() === '') problems[`${i}.activities.${j}.name`] = 'Name the activity'
          return { name: a.name.trim(), score: score !== null && !Number.isNaN(score) ? score : 0 }
        }),
      note: row.note.trim()
    }
  })
  return { values, problems }
}

/**
 * "Same as last time" for measures: the measures taken last time, empty, added after the rows
 * already in the form (a measure already there is not added twice).
 */
export function sameMeasuresAsLastTime(
  rows: readonly MeasureForm[],
  last: readonly MeasureValue[],
  clinic: readonly ClinicMeasure[] = []
): MeasureForm[] {
  const present = new Set(rows.map((r) => r.measureId))
  return [
    ...rows,
    ...last
      .filter((v) => !present.has(v.measureId) && measureDefinition(v.measureId, clinic))
      .map((v) => emptyMeasureForm(v.measureId, clinic))
  ]
}

/** This week's running: the running measures not yet in the form. */
export function withRunningMeasures(rows: readonly MeasureForm[]): MeasureForm[] {
  const present = new Set(rows.map((r) => r.measureId))
  return [
    ...rows,
    ...RUNNING_MEASURE_IDS.filter((id) => !present.has(id)).map((id) => emptyMeasureForm(id))
  ]
}
