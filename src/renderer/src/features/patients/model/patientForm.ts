import { ageOn, daysBetween, isIsoDate, type IsoDate } from '@shared/dates'
import type { Side } from '@shared/domain/common'
import { injuryLabel, RUNNING_INJURIES, type RunningInjuryCode } from '@shared/domain/injuries'
import {
  emptyPatientInput,
  patientInputSchemaOn,
  type Diagnosis,
  type PatientInput,
  type Sex
} from '@shared/domain/patient'
import { KM_PER_MILE, type RaceDistanceKind } from '@shared/domain/race'
import { SCREENING_KEYS, type ScreeningKey } from '@shared/domain/screening'
import { validate } from '@shared/domain/validation'

export type Units = 'km' | 'mi'

/** A screening question: answered yes, answered no, or not asked yet. */
export type ScreeningAnswer = 'yes' | 'no' | 'unasked'

export type DiagnosisRow = {
  /** Stable key for the row while the form is open. */
  key: string
  /** A running injury from the list, 'other' for free text, '' while nothing is chosen. */
  choice: RunningInjuryCode | 'other' | ''
  /** The free-text name, used when `choice` is 'other'. */
  label: string
  side: Side | ''
  since: string
}

/** What the patient form holds: text as typed, so nothing is lost while the therapist types. */
export type PatientFormValues = {
  firstName: string
  lastName: string
  dateOfBirth: string
  sex: Sex
  phone: string
  email: string
  weeklyVolume: string
  yearsRunning: string
  usualDistances: RaceDistanceKind[]
  dominantSide: 'left' | 'right' | ''
  diagnoses: DiagnosisRow[]
  injuryHistory: string
  notes: string
  screening: Record<ScreeningKey, ScreeningAnswer>
  screeningReviewedOn: string
  screeningNotes: string
  consentOnFile: boolean
  consentDate: string
  consentWritten: boolean
}

let rowCounter = 0
export function newDiagnosisRow(): DiagnosisRow {
  rowCounter += 1
  return { key: `dx-${rowCounter}`, choice: '', label: '', side: '', since: '' }
}

/** A number for a form field: at most one decimal, no trailing ".0". */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** Weekly volume as shown in the clinic's unit. */
export function weeklyVolumeText(weeklyKm: number | null, units: Units): string {
  if (weeklyKm === null) return ''
  return formatNumber(units === 'mi' ? weeklyKm / KM_PER_MILE : weeklyKm)
}

/** Text -> number; null when empty, NaN when it is not a number (validation then names it). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

function diagnosisRow(d: Diagnosis): DiagnosisRow {
  const isListed = d.code !== null && RUNNING_INJURIES.some((i) => i.code === d.code)
  return {
    ...newDiagnosisRow(),
    choice: isListed && d.code ? d.code : 'other',
    label: isListed ? '' : d.label,
    side: d.side ?? '',
    since: d.since ?? ''
  }
}

export function patientFormValues(
  input: PatientInput = emptyPatientInput(),
  units: Units
): PatientFormValues {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth ?? '',
    sex: input.sex,
    phone: input.phone,
    email: input.email,
    weeklyVolume: weeklyVolumeText(input.running.weeklyKm, units),
    yearsRunning:
      input.running.yearsRunning === null ? '' : formatNumber(input.running.yearsRunning),
    usualDistances: [...input.running.usualDistances],
    dominantSide: input.running.dominantSide ?? '',
    diagnoses: input.diagnoses.map(diagnosisRow),
    injuryHistory: input.injuryHistory,
    notes: input.notes,
    screening: Object.fromEntries(
      SCREENING_KEYS.map((key) => {
        const answer = input.screening.answers[key]
        return [key, answer === true ? 'yes' : answer === false ? 'no' : 'unasked']
      })
    ) as Record<ScreeningKey, ScreeningAnswer>,
    screeningReviewedOn: input.screening.reviewedOn ?? '',
    screeningNotes: input.screening.notes,
    consentOnFile: input.consent.isOnFile,
    consentDate: input.consent.date ?? '',
    consentWritten: input.consent.isWritten
  }
}

const isBlankRow = (row: DiagnosisRow): boolean =>
  row.choice === '' && row.label.trim() === '' && row.side === '' && row.since === ''

/**
 * The record the form describes. `original` is the saved record being edited: an untouched
 * weekly volume keeps its exact stored kilometres instead of a value rounded through miles.
 */
export function patientInputFromForm(
  values: PatientFormValues,
  units: Units,
  original?: PatientInput
): PatientInput {
  const volume = parseNumber(values.weeklyVolume)
  const isVolumeUntouched =
    original !== undefined &&
    values.weeklyVolume === weeklyVolumeText(original.running.weeklyKm, units)
  const weeklyKm = isVolumeUntouched
    ? original.running.weeklyKm
    : volume !== null && units === 'mi'
      ? volume * KM_PER_MILE
      : volume
  const answers: Partial<Record<ScreeningKey, boolean>> = {}
  for (const key of SCREENING_KEYS) {
    const answer = values.screening[key]
    if (answer !== 'unasked') answers[key] = answer === 'yes'
  }
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    dateOfBirth: values.dateOfBirth || null,
    sex: values.sex,
    phone: values.phone,
    email: values.email,
    running: {
      weeklyKm,
      yearsRunning: parseNumber(values.yearsRunning),
      usualDistances: values.usualDistances,
      dominantSide: values.dominantSide || null
    },
    diagnoses: values.diagnoses
      .filter((row) => !isBlankRow(row))
      .map((row) => ({
        code: row.choice === '' || row.choice === 'other' ? null : row.choice,
        label: row.choice === '' || row.choice === 'other' ? row.label : injuryLabel(row.choice),
        side: row.side || null,
        since: row.since || null
      })),
    injuryHistory: values.injuryHistory,
    notes: values.notes,
    screening: {
      answers,
      reviewedOn: values.screeningReviewedOn || null,
      notes: values.screeningNotes
    },
    consent: {
      isOnFile: values.consentOnFile,
      date: values.consentOnFile ? values.consentDate || null : null,
      isWritten: values.consentOnFile && values.consentWritten
    }
  }
}

/**
 * Field messages for the form, keyed by the record's field paths ("running.weeklyKm",
 * "diagnoses.0.label"). Blank diagnosis rows are dropped before saving, so row errors are
 * mapped back to the row the therapist sees.
 */
export function patientFormErrors(
  values: PatientFormValues,
  input: PatientInput,
  today: IsoDate
): Record<string, string> {
  const schema = patientInputSchemaOn(today)
  const result = validate(schema, input)
  if (result.ok) return {}
  // A number field holding words stops the schema before its whole-record rules (date of
  // birth in the future, consent date): check those again without it, so every message
  // shows at once.
  const numbersCleared = validate(schema, {
    ...input,
    running: {
      ...input.running,
      weeklyKm: Number.isNaN(input.running.weeklyKm) ? null : input.running.weeklyKm,
      yearsRunning: Number.isNaN(input.running.yearsRunning) ? null : input.running.yearsRunning
    }
  })
  const fields = {
    ...(numbersCleared.ok ? {} : numbersCleared.error.fields),
    ...result.error.fields
  }
  const kept = values.diagnoses.flatMap((row, i) => (isBlankRow(row) ? [] : [i]))
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields)) {
    const match = /^diagnoses\.(\d+)\.(.+)$/.exec(path)
    const rowIndex = match ? kept[Number(match[1])] : undefined
    const key = match && rowIndex !== undefined ? `diagnoses.${rowIndex}.${match[2]}` : path
    errors[key] = diagnosisMessage(key, message, values)
  }
  return errors
}

function diagnosisMessage(key: string, message: string, values: PatientFormValues): string {
  const match = /^diagnoses\.(\d+)\.label$/.exec(key)
  if (!match) return message
  const row = values.diagnoses[Number(match[1])]
  return row?.choice === '' ? 'Choose a diagnosis from the list, or Other to type one' : message
}

/** "34 years old" for a date of birth, or null while it is not a usable date. */
export function ageText(dateOfBirth: string, today: IsoDate): string | null {
  if (!isIsoDate(dateOfBirth) || daysBetween(today, dateOfBirth) > 0) return null
  const age = ageOn(dateOfBirth, today)
  return `${age} ${age === 1 ? 'year' : 'years'} old`
}

/** Paths (field `name`s) of diagnosis rows, used to key errors and bad-date checks. */
export const diagnosisField = (index: number, field: 'label' | 'side' | 'since' | 'code'): string =>
  `diagnoses.${index}.${field}`
