import { conflictValue } from '@shared/changes'

const LABELS: Record<string, string> = {
  'clinic.name': 'Clinic name',
  'clinic.address': 'Address',
  'clinic.phone': 'Phone',
  'clinic.email': 'Email',
  'clinic.logoDataUrl': 'Logo',
  therapists: 'Therapists',
  defaultTherapistId: 'Default therapist',
  units: 'Distances in',
  paperSize: 'Paper size',
  'raceWindow.anyRaceHours': 'Hours flagged before any race',
  'raceWindow.aRaceDays': 'Days flagged before an A race',
  retentionYears: 'Years signed records are kept',
  measures: 'The clinic’s own measures',
  limbSymmetryPercent: 'Limb symmetry counted as ready',
  'runningPain.safeUpTo': 'Running pain counted as safe',
  'runningPain.acceptableUpTo': 'Running pain counted as acceptable'
}

/** What a settings path is called in the conflict dialog. */
export function settingsLabel(path: string): string {
  if (path.startsWith('sheet.')) return `Sheet text: ${path.slice('sheet.'.length)}`
  return LABELS[path] ?? path
}

/** A settings value as the conflict dialog shows it (a logo is not shown as its data). */
export function settingsValue(path: string, value: unknown): string {
  if (path === 'clinic.logoDataUrl') return value ? 'A logo' : '(none)'
  return conflictValue(value)
}
