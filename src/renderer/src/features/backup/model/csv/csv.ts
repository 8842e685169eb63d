import { screeningLine } from '@shared/domain/screening'
import type { Patient } from '@shared/domain/patient'
import { muscleName } from '@shared/domain/muscles'
import type { NeedledMuscle, Session } from '@shared/domain/session'

/**
 * Sessions as CSV for audits and research (RFC 4180: comma-separated, CRLF line ends, fields
 * holding a comma, quote or line break wrapped in quotes with quotes doubled). One row per
 * needled muscle per session; a session without needling still gets one row, its muscle
 * columns empty. Codes (technique, side) stay codes so the file sorts and filters cleanly.
 */
export type CsvCell = string | number | boolean | null | undefined

type Column = {
  header: string
  /** Free text typed by a person: guarded against being run as a spreadsheet formula. */
  isText?: boolean
  value: (session: Session, muscle: NeedledMuscle | null, patient: Patient | undefined) => CsvCell
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no')

function soreness(session: Session, checkpoint: '24h' | '48h' | '72h'): CsvCell {
  const found = session.followUps.filter((f) => f.checkpoint === checkpoint)
  return found.length ? found[found.length - 1]!.soreness : null
}

const COLUMNS: readonly Column[] = [
  { header: 'session_id', value: (s) => s.id },
  { header: 'session_date', value: (s) => s.date.slice(0, 10) },
  { header: 'session_time', value: (s) => s.date.slice(11, 16) },
  { header: 'patient_id', value: (s) => s.patientId },
  { header: 'last_name', isText: true, value: (_s, _m, p) => p?.lastName },
  { header: 'first_name', isText: true, value: (_s, _m, p) => p?.firstName },
  { header: 'date_of_birth', value: (_s, _m, p) => p?.dateOfBirth },
  { header: 'sex', value: (_s, _m, p) => p?.sex },
  { header: 'therapist', isText: true, value: (s) => s.therapist.name },
  { header: 'diagnosis', isText: true, value: (s) => s.diagnosis },
  { header: 'diagnosis_code', value: (s) => s.diagnosisCode },
  { header: 'session_status', value: (s) => s.status },
  { header: 'needling', value: (s) => yesNo(s.hasNeedling) },
  { header: 'consent_given', value: (s) => yesNo(s.consent.isGiven) },
  { header: 'consent_date', value: (s) => s.consent.date },
  { header: 'consent_written', value: (s) => yesNo(s.consent.isWritten) },
  { header: 'screening_flags', value: (s) => s.screeningFlags.join('; ') },
  // Yes, no and not asked are three answers: the flags alone cannot tell "no" from "not asked".
  { header: 'screening', isText: true, value: (s) => screeningLine(s.screening, s.screeningFlags) },
  { header: 'pain_before', value: (s) => s.painBefore },
  { header: 'pain_after', value: (s) => s.painAfter },
  {
    header: 'pain_change',
    value: (s) =>
      s.painBefore !== null && s.painAfter !== null ? s.painAfter - s.painBefore : null
  },
  { header: 'ppt_before_kg_cm2', value: (s) => s.pptBefore },
  { header: 'ppt_after_kg_cm2', value: (s) => s.pptAfter },
  { header: 'tolerance', value: (s) => s.tolerance },
  {
    header: 'adverse_events',
    isText: true,
    value: (s) =>
      s.adverseEvents
        .map((e) => `${e.category} (${e.severity})${e.note ? `: ${e.note}` : ''}`)
        .join('; ')
  },
  { header: 'soreness_24h', value: (s) => soreness(s, '24h') },
  { header: 'soreness_48h', value: (s) => soreness(s, '48h') },
  { header: 'soreness_72h', value: (s) => soreness(s, '72h') },
  { header: 'muscle', value: (_s, m) => (m ? muscleName(m.muscleId) : null) },
  { header: 'muscle_id', value: (_s, m) => m?.muscleId },
  { header: 'side', value: (_s, m) => m?.side },
  { header: 'needles', value: (_s, m) => m?.needleCount },
  { header: 'insertions', value: (_s, m) => m?.insertions },
  { header: 'needle_diameter_mm', value: (_s, m) => m?.needleSize.diameterMm },
  { header: 'needle_length_mm', value: (_s, m) => m?.needleSize.lengthMm },
  { header: 'technique', value: (_s, m) => m?.technique },
  { header: 'estim_hz', value: (_s, m) => m?.estim?.frequencyHz },
  { header: 'estim_minutes', value: (_s, m) => m?.estim?.minutes },
  { header: 'dwell_seconds', value: (_s, m) => m?.dwellSeconds },
  { header: 'twitch_responses', value: (_s, m) => m?.twitchCount },
  { header: 'pain_during', value: (_s, m) => m?.painDuring },
  { header: 'insertion_points', value: (_s, m) => m?.points.length },
  { header: 'outcome', isText: true, value: (s) => s.outcome },
  { header: 'home_exercises', isText: true, value: (s) => s.homeExercises },
  { header: 'notes', isText: true, value: (s) => s.notes },
  { header: 'amendments', value: (s) => s.amendments.length },
  { header: 'finalized_at', value: (s) => s.finalizedAt },
  { header: 'finalized_by', isText: true, value: (s) => s.finalizedBy?.name }
]

export const CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header)

/** Spreadsheets run a cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field, quoted when it must be. Free text that would start a formula gets a leading '. */
export function csvField(value: CsvCell, isText = false): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'boolean' ? yesNo(value) : String(value)
  if (isText && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const CRLF = '\r\n'

/** The first line of the file: a byte-order mark (so spreadsheets read UTF-8), then headers. */
export function csvHeaderLine(): string {
  return `\uFEFF${CSV_HEADERS.join(',')}${CRLF}`
}

/** The lines for these sessions, each ending in CRLF. */
export function sessionCsvLines(
  sessions: readonly Session[],
  patients: ReadonlyMap<string, Patient>
): string {
  let out = ''
  for (const session of sessions) {
    const patient = patients.get(session.patientId)
    const muscles: (NeedledMuscle | null)[] = session.muscles.length ? session.muscles : [null]
    for (const muscle of muscles) {
      out += COLUMNS.map((c) => csvField(c.value(session, muscle, patient), c.isText)).join(',')
      out += CRLF
    }
  }
  return out
}
