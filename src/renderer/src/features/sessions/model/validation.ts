import { foldText } from '@shared/domain/search'
import { RUNNING_INJURIES, type RunningInjuryCode } from '@shared/domain/injuries'
import type { Diagnosis } from '@shared/domain/patient'
import {
  needlingRecordProblems,
  sessionInputSchema,
  type SessionInput
} from '@shared/domain/session'
import { validate } from '@shared/domain/validation'
import type { DistanceUnit } from '@shared/domain/measures/change'
import { checkMeasureValues } from '@shared/domain/measures/record'
import { measureValuesFrom } from '@renderer/components/measures/measureForm'
import { CUSTOM_NEEDLE, presetSize, type MuscleForm, type SessionForm } from './formState'

/**
 * A number as typed: null when the box is empty, NaN when it is not a number (the schema then
 * says what it expects). A decimal comma is read as a point.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const normalised = trimmed.replace(',', '.')
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN
}

/** The running-injury code of a diagnosis typed or picked, when it names one. */
export function diagnosisCodeFor(
  text: string,
  patientDiagnoses: readonly Pick<Diagnosis, 'code' | 'label'>[]
): RunningInjuryCode | null {
  const folded = foldText(text.trim())
  if (!folded) return null
  const fromPatient = patientDiagnoses.find((d) => d.code && foldText(d.label) === folded)
  if (fromPatient?.code) return fromPatient.code
  return RUNNING_INJURIES.find((i) => foldText(i.label) === folded)?.code ?? null
}

export type FormCheck =
  { ok: true; input: SessionInput } | { ok: false; fields: Record<string, string> }

type Missing = Record<string, string>

function required(text: string, path: string, message: string, missing: Missing): number | null {
  const value = parseNumber(text)
  if (value === null) missing[path] = message
  return value
}

function muscleInput(m: MuscleForm, path: string, missing: Missing): unknown {
  const preset = m.needleSize === CUSTOM_NEEDLE ? null : presetSize(m.needleSize)
  const needleSize = preset
    ? { diameterMm: preset.diameterMm, lengthMm: preset.lengthMm }
    : {
        diameterMm: required(
          m.customDiameter,
          `${path}.needleSize.diameterMm`,
          'Enter the needle diameter in mm',
          missing
        ),
        lengthMm: required(
          m.customLength,
          `${path}.needleSize.lengthMm`,
          'Enter the needle length in mm',
          missing
        )
      }
  const dwell = parseNumber(m.dwell)
  const estim =
    m.technique === 'electrical'
      ? {
          frequencyHz: required(
            m.estimHz,
            `${path}.estim.frequencyHz`,
            'Enter the frequency in Hz',
            missing
          ),
          minutes: required(
            m.estimMinutes,
            `${path}.estim.minutes`,
            'Enter the minutes of stimulation',
            missing
          )
        }
      : null
  return {
    muscleId: m.muscleId,
    side: m.side,
    points: m.points,
    needleCount: required(
      m.needleCount,
      `${path}.needleCount`,
      'Enter the number of needles',
      missing
    ),
    insertions: parseNumber(m.insertions),
    needleSize,
    technique: m.technique,
    estim,
    dwellSeconds: dwell === null ? null : m.dwellUnit === 'min' ? Math.round(dwell * 60) : dwell,
    tightnessBefore: m.tightnessBefore,
    tightnessAfter: m.tightnessAfter,
    twitchCount: required(
      m.twitchCount,
      `${path}.twitchCount`,
      'Enter the twitch responses (0 for none)',
      missing
    ),
    painDuring: m.painDuring
  }
}

/**
 * Checks the whole form and, when it is complete, gives the SessionInput to save. Messages are
 * keyed by the schema's field paths ("muscles.0.needleCount"), so each one can sit next to its
 * field; a box left empty says what to enter rather than what type it should be.
 */
export function checkSessionForm(
  form: SessionForm,
  patientDiagnoses: readonly Pick<Diagnosis, 'code' | 'label'>[],
  units: DistanceUnit = 'km'
): FormCheck {
  const missing: Missing = {}
  const measures = measureValuesFrom(form.measures, units)
  for (const [path, message] of Object.entries(measures.problems)) {
    missing[`measures.${path}`] = message
  }
  if (form.date.trim() === '') missing['date'] = 'Enter the date and time of the session'
  if (form.therapist === null) missing['therapist'] = 'Choose the treating therapist'
  const muscles = form.hasNeedling
    ? form.muscles.map((m, i) => muscleInput(m, `muscles.${i}`, missing))
    : []
  const candidate = {
    date: form.date.trim(),
    therapist: form.therapist,
    diagnosis: form.diagnosis,
    diagnosisCode: diagnosisCodeFor(form.diagnosis, patientDiagnoses),
    hasNeedling: form.hasNeedling,
    consent: {
      isGiven: form.consent.isGiven,
      date: form.consent.date.trim() === '' ? null : form.consent.date.trim(),
      isWritten: form.consent.isWritten
    },
    screeningFlags: form.screeningFlags,
    screening: form.screening,
    painBefore: form.painBefore,
    painAfter: form.painAfter,
    pptBefore: parseNumber(form.pptBefore),
    pptAfter: parseNumber(form.pptAfter),
    muscles,
    tolerance: form.tolerance,
    outcome: form.outcome,
    adverseEvents: form.adverseEvents.map(({ category, severity, note }) => ({
      category,
      severity,
      note
    })),
    advice: form.advice,
    homeExercises: form.homeExercises,
    nextAppointment: form.nextAppointment.trim() === '' ? null : form.nextAppointment.trim(),
    notes: form.notes,
    measures: measures.values
  }
  const valid = validate(sessionInputSchema, candidate)
  const fields = valid.ok ? {} : { ...valid.error.fields }
  // A schema message about a field's type is replaced by what to enter in the empty box.
  for (const path of Object.keys(missing)) {
    for (const key of Object.keys(fields)) {
      if (key === path || key.startsWith(`${path}.`)) delete fields[key]
    }
  }
  // The needling rules are checked even while other fields are wrong, so all show at once.
  // Measures too: their ranges and sides are a refinement, which the schema skips while any
  // other field is wrong.
  const measureProblems = Object.fromEntries(
    Object.entries(checkMeasureValues(measures.values, null)).map(([k, v]) => [`measures.${k}`, v])
  )
  const all = { ...needlingRecordProblems(candidate), ...measureProblems, ...missing, ...fields }
  if (Object.keys(all).length > 0) return { ok: false, fields: inFormOrder(all) }
  if (!valid.ok) return { ok: false, fields: { _: valid.error.message } }
  return { ok: true, input: valid.value }
}

const FORM_ORDER: readonly string[] = [
  'date',
  'therapist',
  'diagnosis',
  'consent',
  'painBefore',
  'pptBefore',
  'muscles',
  'painAfter',
  'pptAfter',
  'tolerance',
  'outcome',
  'adverseEvents',
  'measures',
  'advice',
  'homeExercises',
  'nextAppointment',
  'notes'
]

const ROW_ORDER: readonly string[] = [
  'muscleId',
  'side',
  'points',
  'needleCount',
  'insertions',
  'needleSize',
  'technique',
  'estim',
  'dwellSeconds',
  'twitchCount',
  'painDuring',
  'tightnessBefore',
  'tightnessAfter',
  'measureId',
  'left',
  'right',
  'value',
  'activities',
  'category',
  'severity',
  'note'
]

function orderKey(path: string): number[] {
  const [top = '', second, third] = path.split('.')
  const rank = (list: readonly string[], key: string | undefined): number => {
    const i = key === undefined ? -1 : list.indexOf(key)
    return i === -1 ? list.length : i
  }
  const row = second !== undefined && /^\d+$/.test(second) ? Number(second) : -1
  return [rank(FORM_ORDER, top), row, rank(ROW_ORDER, row === -1 ? second : third)]
}

/** Messages in the order their fields appear on the form, so the summary reads top down. */
export function inFormOrder(fields: Readonly<Record<string, string>>): Record<string, string> {
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
    return 0
  }
  const paths = Object.keys(fields).sort((a, b) => compare(orderKey(a), orderKey(b)))
  return Object.fromEntries(paths.map((p) => [p, fields[p]!]))
}

/** Messages at `path` or below it (a muscle row's own errors, say). */
export function errorsUnder(
  errors: Readonly<Record<string, string>>,
  path: string
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    if (key === path || key.startsWith(`${path}.`)) out[key] = message
  }
  return out
}
