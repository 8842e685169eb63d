import { SCREENING_LABELS, type ScreeningKey } from '@shared/domain/screening'
import { conflictValue, valueAt, type ConflictRow, type Merge } from '@shared/changes'

const LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  email: 'Email',
  'running.weeklyKm': 'Weekly distance (km)',
  'running.yearsRunning': 'Years running',
  'running.usualDistances': 'Usual race distances',
  'running.dominantSide': 'Dominant side',
  diagnoses: 'Current diagnoses',
  injuryHistory: 'Injury history',
  notes: 'Notes',
  'screening.reviewedOn': 'Screening reviewed on',
  'screening.notes': 'Screening notes',
  'consent.isOnFile': 'Consent on file',
  'consent.date': 'Consent date',
  'consent.isWritten': 'Written consent'
}

const SCREENING_PREFIX = 'screening.answers.'

function label(path: string): string {
  if (path.startsWith(SCREENING_PREFIX)) {
    const key = path.slice(SCREENING_PREFIX.length) as ScreeningKey
    return `Screening: ${SCREENING_LABELS[key] ?? key}`
  }
  return LABELS[path] ?? path
}

function shown(path: string, value: unknown): string {
  if (path.startsWith(SCREENING_PREFIX)) {
    return value === true ? 'Yes' : value === false ? 'No' : 'Not asked'
  }
  return conflictValue(value)
}

/** The rows of the conflict dialog for a patient record. */
export function patientConflictRows(
  merge: Merge<Record<string, unknown>>,
  theirs: unknown,
  mine: unknown
): ConflictRow[] {
  const both = new Set(merge.both)
  return merge.theirs.map((path) => ({
    label: label(path),
    theirs: shown(path, valueAt(theirs, path)),
    mine: both.has(path) ? shown(path, valueAt(mine, path)) : null
  }))
}
