import type { Patient } from '@shared/domain/patient'
import {
  measureDefinition,
  RETURN_STAGES,
  TIGHTNESS,
  type ClinicMeasure,
  type MeasureDefinition
} from '@shared/domain/measures/catalogue'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { psfsMean, type MeasureValue } from '@shared/domain/measures/values'
import { muscleName } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'
import { csvField, type CsvCell } from './csv'

/**
 * Measures as CSV, one row per value: a sided measure gives a row per side, the PSFS a row per
 * activity and one for its mean, a needled muscle's tightness a row before and one after.
 * Values are as stored (distances in km); codes stay codes.
 */
type Row = {
  patientId: string
  patient: Patient | undefined
  takenAt: string
  source: 'visit' | 'between-visits'
  sessionId: string | null
  recordingId: string | null
  def: MeasureDefinition | undefined
  measureId: string
  side: string | null
  muscle: string | null
  timing: 'before' | 'after' | null
  activity: string | null
  value: number | null
  note: string
}

type Column = { header: string; isText?: boolean; value: (r: Row) => CsvCell }

function valueText(def: MeasureDefinition | undefined, n: number | null): CsvCell {
  if (!def || n === null) return null
  if (def.kind === 'result') return n === 1 ? 'positive' : 'negative'
  if (def.kind === 'stage') return RETURN_STAGES[n] ?? null
  return null
}

const COLUMNS: readonly Column[] = [
  { header: 'patient_id', value: (r) => r.patientId },
  { header: 'last_name', isText: true, value: (r) => r.patient?.lastName },
  { header: 'first_name', isText: true, value: (r) => r.patient?.firstName },
  { header: 'taken_date', value: (r) => r.takenAt.slice(0, 10) },
  { header: 'taken_time', value: (r) => r.takenAt.slice(11, 16) },
  { header: 'taken_at', value: (r) => r.source },
  { header: 'session_id', value: (r) => r.sessionId },
  { header: 'recording_id', value: (r) => r.recordingId },
  { header: 'measure_id', value: (r) => r.measureId },
  { header: 'measure', isText: true, value: (r) => r.def?.name ?? r.measureId },
  { header: 'defined_by', value: (r) => r.def?.origin },
  { header: 'side', value: (r) => r.side },
  { header: 'muscle', value: (r) => r.muscle },
  { header: 'timing', value: (r) => r.timing },
  { header: 'activity', isText: true, value: (r) => r.activity },
  { header: 'value', value: (r) => r.value },
  { header: 'value_words', value: (r) => valueText(r.def, r.value) },
  { header: 'unit', value: (r) => (r.def ? r.def.unit.replace('/10', 'of 10') : null) },
  { header: 'note', isText: true, value: (r) => r.note }
]

export const MEASURES_CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header)

const CRLF = '\r\n'

export function measuresCsvHeaderLine(): string {
  return `\uFEFF${MEASURES_CSV_HEADERS.join(',')}${CRLF}`
}

type Base = Omit<
  Row,
  'def' | 'measureId' | 'side' | 'muscle' | 'timing' | 'activity' | 'value' | 'note'
>

function valueRows(base: Base, v: MeasureValue, clinic: readonly ClinicMeasure[]): Row[] {
  const def = measureDefinition(v.measureId, clinic)
  const row = (over: Partial<Row>): Row => ({
    ...base,
    def,
    measureId: v.measureId,
    side: null,
    muscle: null,
    timing: null,
    activity: null,
    value: null,
    note: v.note,
    ...over
  })
  if (def?.kind === 'psfs') {
    return [
      ...v.activities.map((a) => row({ activity: a.name, value: a.score })),
      row({ activity: 'mean', value: psfsMean(v.activities) })
    ]
  }
  if (def?.isSided) {
    return (['left', 'right'] as const)
      .filter((side) => v[side] !== null)
      .map((side) => row({ side, value: v[side] }))
  }
  return [row({ value: v.value })]
}

function line(r: Row): string {
  return COLUMNS.map((c) => csvField(c.value(r), c.isText)).join(',') + CRLF
}

/** The rows of these sessions' measures and tightness, each line ending in CRLF. */
export function sessionMeasureCsvLines(
  sessions: readonly Session[],
  patients: ReadonlyMap<string, Patient>,
  clinic: readonly ClinicMeasure[]
): { text: string; rows: number } {
  let text = ''
  let rows = 0
  for (const s of sessions) {
    const base: Base = {
      patientId: s.patientId,
      patient: patients.get(s.patientId),
      takenAt: s.date,
      source: 'visit',
      sessionId: s.id,
      recordingId: null
    }
    for (const m of s.muscles) {
      for (const timing of ['before', 'after'] as const) {
        const value = timing === 'before' ? m.tightnessBefore : m.tightnessAfter
        if (value === null) continue
        text += line({
          ...base,
          def: TIGHTNESS,
          measureId: TIGHTNESS.id,
          side: m.side,
          muscle: muscleName(m.muscleId),
          timing,
          activity: null,
          value,
          note: ''
        })
        rows++
      }
    }
    for (const v of s.measures) {
      for (const r of valueRows(base, v, clinic)) {
        text += line(r)
        rows++
      }
    }
  }
  return { text, rows }
}

/** The rows of recordings made between visits. */
export function recordingCsvLines(
  recordings: readonly MeasureRecording[],
  patients: ReadonlyMap<string, Patient>,
  clinic: readonly ClinicMeasure[]
): { text: string; rows: number } {
  let text = ''
  let rows = 0
  for (const rec of recordings) {
    const base: Base = {
      patientId: rec.patientId,
      patient: patients.get(rec.patientId),
      takenAt: rec.takenAt,
      source: 'between-visits',
      sessionId: null,
      recordingId: rec.id
    }
    for (const v of rec.values) {
      for (const r of valueRows(base, { ...v, note: v.note || rec.note }, clinic)) {
        text += line(r)
        rows++
      }
    }
  }
  return { text, rows }
}
