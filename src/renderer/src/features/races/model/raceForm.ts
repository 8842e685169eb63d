import {
  formatDuration,
  parseDuration,
  raceInputSchema,
  type Race,
  type RaceDistanceKind,
  type RaceInput,
  type RacePriority
} from '@shared/domain/race'
import { validate } from '@shared/domain/validation'

/** What the race form holds: text as typed. */
export type RaceFormValues = {
  name: string
  date: string
  distanceKind: RaceDistanceKind
  customValue: string
  customUnit: 'km' | 'mi'
  priority: RacePriority | ''
  goal: string
  result: string
  notes: string
}

export function raceFormValues(race: RaceInput | Race | null, units: 'km' | 'mi'): RaceFormValues {
  if (!race) {
    return {
      name: '',
      date: '',
      distanceKind: 'half',
      customValue: '',
      customUnit: units,
      priority: '',
      goal: '',
      result: '',
      notes: ''
    }
  }
  return {
    name: race.name,
    date: race.date,
    distanceKind: race.distance.kind,
    customValue: race.distance.value === null ? '' : String(race.distance.value),
    customUnit: race.distance.unit ?? units,
    priority: race.priority,
    goal: race.goalSeconds === null ? '' : formatDuration(race.goalSeconds),
    result: race.resultSeconds === null ? '' : formatDuration(race.resultSeconds),
    notes: race.notes
  }
}

/** A time typed as h:mm:ss: null when empty, NaN when it is not a time (validation names it). */
function durationFromText(text: string): number | null {
  if (text.trim() === '') return null
  return parseDuration(text) ?? Number.NaN
}

function distanceValue(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/**
 * The race the form describes. Missing required fields travel as null so the schema answers
 * with its own message ("Enter a date", "Choose priority A, B or C").
 */
export function raceInputFromForm(values: RaceFormValues): unknown {
  const isCustom = values.distanceKind === 'custom'
  return {
    name: values.name,
    date: values.date || null,
    distance: {
      kind: values.distanceKind,
      value: isCustom ? distanceValue(values.customValue) : null,
      unit: isCustom ? values.customUnit : null
    },
    priority: values.priority || null,
    goalSeconds: durationFromText(values.goal),
    resultSeconds: durationFromText(values.result),
    notes: values.notes
  }
}

/** Field messages, keyed by the race's field paths ("date", "distance.value", "goalSeconds"). */
export function raceFormErrors(values: RaceFormValues): Record<string, string> {
  const result = validate(raceInputSchema, raceInputFromForm(values))
  return result.ok ? {} : result.error.fields
}
