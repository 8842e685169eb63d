import type { SheetTexts } from './texts'
import { ADVICE_ITEMS } from './advice'

/**
 * Placeholders the clinic can write into the sheet's standard texts. Race placeholders only
 * make sense in the two next-race texts, which are printed only when there is a next race.
 */
export const PLACEHOLDERS = [
  { name: 'firstName', description: 'the patient’s first name', isRaceOnly: false },
  { name: 'lastName', description: 'the patient’s last name', isRaceOnly: false },
  { name: 'therapist', description: 'the treating therapist', isRaceOnly: false },
  { name: 'sessionDate', description: 'the date of the session', isRaceOnly: false },
  { name: 'clinicName', description: 'your clinic’s name', isRaceOnly: false },
  { name: 'clinicPhone', description: 'your clinic’s phone number', isRaceOnly: false },
  { name: 'clinicEmail', description: 'your clinic’s email', isRaceOnly: false },
  { name: 'nextRace', description: 'the name of the next race', isRaceOnly: true },
  { name: 'raceDate', description: 'the date of the next race', isRaceOnly: true },
  { name: 'daysToRace', description: 'days from the session to the race', isRaceOnly: true },
  { name: 'raceWhen', description: '“in 9 days”, “tomorrow” or “today”', isRaceOnly: true }
] as const

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name']
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>

/** The values every sheet text may use, from the session's people and the clinic. */
export function sheetPlaceholderValues(source: {
  patient: { firstName: string; lastName: string }
  therapistName: string
  /** The session's date as printed ("13 Mar 2026"), or '' when not known yet. */
  sessionDate: string
  clinic: { name: string; phone: string; email: string }
}): PlaceholderValues {
  return {
    firstName: source.patient.firstName,
    lastName: source.patient.lastName,
    therapist: source.therapistName,
    sessionDate: source.sessionDate,
    clinicName: source.clinic.name,
    clinicPhone: source.clinic.phone,
    clinicEmail: source.clinic.email
  }
}

const TOKEN = /\{([^{}\n]*)\}/g
const KNOWN = new Map<string, (typeof PLACEHOLDERS)[number]>(PLACEHOLDERS.map((p) => [p.name, p]))

function isKnown(name: string): name is PlaceholderName {
  return KNOWN.has(name)
}

/**
 * A text with its placeholders filled. An unknown placeholder prints as nothing rather than as
 * "{raw}" (Settings reports unknown ones before they are saved). A sentence whose known
 * placeholder has no value (a clinic without a phone number) is left out whole, rather than
 * printed as "Call us on if you notice…".
 */
export function fillPlaceholders(template: string, values: PlaceholderValues): string {
  const hasMissingValue = (sentence: string): boolean =>
    [...sentence.matchAll(TOKEN)].some(([, name = '']) => isKnown(name) && !values[name]?.trim())
  return template
    .split(/(?<=[.!?])[ \t]+/)
    .filter((sentence) => !hasMissingValue(sentence))
    .join(' ')
    .replace(TOKEN, (_token, name: string) => (isKnown(name) ? (values[name] ?? '') : ''))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([.,:;!?)])/g, '$1')
    .trim()
}

/** What is wrong with the placeholders in one text, in the clinic's words; null when nothing. */
export function placeholderProblem(
  template: string,
  options: { isRaceText: boolean }
): string | null {
  for (const match of template.matchAll(TOKEN)) {
    const name = match[1] ?? ''
    if (!isKnown(name)) {
      const near = PLACEHOLDERS.find((p) => p.name.toLowerCase() === name.trim().toLowerCase())
      return near
        ? `Unknown placeholder {${name}}: did you mean {${near.name}}?`
        : `Unknown placeholder {${name}}: use one from the list above.`
    }
    if (KNOWN.get(name)?.isRaceOnly && !options.isRaceText) {
      return `{${name}} only works in the two next-race texts, which print only when there is a race.`
    }
  }
  if (/[{}]/.test(template.replace(TOKEN, ''))) {
    return 'Check the braces: a placeholder is a name between { and }, like {firstName}.'
  }
  return null
}

const RACE_TEXTS: ReadonlySet<keyof SheetTexts> = new Set(['raceInWindow', 'raceAhead'])

/**
 * Problems in a set of sheet texts, keyed by field path ("intro", "advice.heat"), so Settings
 * can show each next to its field. The chest warning and the warning signs cannot be blanked:
 * they are what keeps a patient safe after needling.
 */
export function sheetTextProblems(texts: SheetTexts): Record<string, string> {
  const problems: Record<string, string> = {}
  const check = (path: string, value: string, isRaceText = false): void => {
    const problem = placeholderProblem(value, { isRaceText })
    if (problem) problems[path] = problem
  }
  for (const key of Object.keys(texts) as (keyof SheetTexts)[]) {
    if (key === 'advice') continue
    check(key, texts[key], RACE_TEXTS.has(key))
  }
  for (const item of ADVICE_ITEMS) check(`advice.${item.id}`, texts.advice[item.id])
  if (!texts.chestWarning.trim()) {
    problems['chestWarning'] ??=
      'Write the chest warning: it is printed whenever a muscle over the lung fields was needled.'
  }
  if (!texts.warningSigns.trim()) problems['warningSigns'] ??= 'List at least one warning sign.'
  return problems
}
