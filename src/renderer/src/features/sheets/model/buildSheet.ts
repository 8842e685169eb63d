import type { MeasureRecording } from '@shared/domain/measures/record'
import { injuredSideOf } from '@shared/domain/measures/symmetry'
import { yourProgressLines } from './progressLines'
import {
  dayOf,
  daysBetween,
  formatDate,
  formatDaysFrom,
  formatLongDate,
  formatTime
} from '@shared/dates'
import { ADVICE_ITEMS } from '@shared/domain/sheet/advice'
import { findMuscle } from '@shared/domain/muscles'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import type { Session } from '@shared/domain/session'
import type { SheetContent, SheetMuscle, SheetRace } from '@shared/domain/sheet/content'
import type { Settings } from '@shared/domain/settings'
import { DEFAULT_SHEET_TEXTS } from '@shared/domain/sheet/texts'
import {
  fillPlaceholders,
  sheetPlaceholderValues,
  type PlaceholderValues
} from '@shared/domain/sheet/placeholders'
import { plainMuscleWords, SIDE_WORDS } from './plainWords'

/** Marker colours, one per treated muscle, chosen to stay distinct in print and in grey. */
export const MUSCLE_COLORS = [
  '#0d7a78',
  '#c0392b',
  '#6a4bc4',
  '#c77d12',
  '#2f6fd6',
  '#1f8a4c',
  '#b5487d',
  '#4d5b69'
] as const

export type SheetSource = {
  session: Session
  patient: Pick<Patient, 'firstName' | 'lastName'> & Partial<Pick<Patient, 'diagnoses'>>
  /** The patient's races, any order. */
  races: readonly Race[]
  settings: Pick<Settings, 'clinic' | 'raceWindow' | 'sheet'> &
    Partial<Pick<Settings, 'measures' | 'units'>>
  /** The patient's sessions and recordings between visits, for "Your progress". */
  history?: readonly Session[]
  recordings?: readonly MeasureRecording[]
}

/** Lines of a multi-line text, without blank lines or typed bullets ("- ", "• ", "1. "). */
export function listLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0)
}

/** The next race from the session's day on, and whether the session fell in its window. */
function sheetRace(source: SheetSource, values: PlaceholderValues): SheetRace | null {
  const { session, races, settings } = source
  const sessionDay = dayOf(session.date)
  const inWindow = raceWindowWarnings(session.date, races, settings.raceWindow)[0]
  const race = inWindow
    ? races.find((r) => r.id === inWindow.race.id)
    : [...races].sort((a, b) => a.date.localeCompare(b.date)).find((r) => r.date >= sessionDay)
  if (!race) return null
  // Days count from the session: the sheet is dated with it and handed out at its end.
  const days = daysBetween(sessionDay, race.date)
  const raceValues: PlaceholderValues = {
    ...values,
    nextRace: race.name,
    raceDate: formatDate(race.date),
    daysToRace: String(days),
    raceWhen: formatDaysFrom(days)
  }
  const template = inWindow ? settings.sheet.raceInWindow : settings.sheet.raceAhead
  return {
    text: fillPlaceholders(template, raceValues),
    name: race.name,
    date: formatDate(race.date),
    isInWindow: Boolean(inWindow)
  }
}

function sheetMuscles(session: Session): SheetMuscle[] {
  return session.muscles.map((m, i) => {
    const color = MUSCLE_COLORS[i % MUSCLE_COLORS.length]!
    const name = findMuscle(m.muscleId)?.name ?? m.muscleId
    return {
      plain: plainMuscleWords(m.muscleId),
      name,
      side: SIDE_WORDS[m.side],
      color,
      points: m.points.map((p) => ({ ...p, color, label: `${name}, ${SIDE_WORDS[m.side]}` }))
    }
  })
}

/** Everything printed on a take-home sheet, made from one saved session. */
function nextRaceOf(races: readonly Race[], day: string): { name: string; date: string } | null {
  return [...races].sort((a, b) => a.date.localeCompare(b.date)).find((r) => r.date >= day) ?? null
}

export function buildSheet(source: SheetSource): SheetContent {
  const { session, patient, settings } = source
  const texts = settings.sheet
  const clinic = settings.clinic
  const values = sheetPlaceholderValues({
    patient,
    therapistName: session.therapist.name,
    sessionDate: formatDate(session.date),
    clinic
  })
  const fill = (template: string): string => fillPlaceholders(template, values)
  const advice = (group: 'helps' | 'avoid'): string[] =>
    ADVICE_ITEMS.filter((item) => item.group === group && session.advice.includes(item.id))
      .map((item) => fill(texts.advice[item.id]))
      .filter((line) => line.length > 0)

  const hasLungFieldMuscle = session.muscles.some(
    (m) => findMuscle(m.muscleId)?.hasLungFieldPrecaution === true
  )
  // The safety texts never print blank, whatever is stored.
  const signs = listLines(texts.warningSigns)
  const chest = texts.chestWarning.trim() || DEFAULT_SHEET_TEXTS.chestWarning

  return {
    clinic: {
      name: clinic.name,
      addressLines: clinic.address
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      phone: clinic.phone,
      email: clinic.email,
      logoDataUrl: clinic.logoDataUrl
    },
    patientName: `${patient.firstName} ${patient.lastName}`,
    sessionDate: formatLongDate(session.date),
    therapist: session.therapist.name,
    intro: fill(texts.intro),
    muscles: sheetMuscles(session),
    pain:
      session.painBefore === null && session.painAfter === null
        ? null
        : { before: session.painBefore, after: session.painAfter },
    whatToExpect: fill(texts.whatToExpect),
    helps: advice('helps'),
    avoid: advice('avoid'),
    race: sheetRace(source, values),
    warnings: {
      chest: hasLungFieldMuscle ? fill(chest) : null,
      signs: (signs.length > 0 ? signs : listLines(DEFAULT_SHEET_TEXTS.warningSigns)).map(fill),
      action: fill(texts.warningAction)
    },
    homeExercises: listLines(session.homeExercises),
    progress: yourProgressLines({
      session,
      history: source.history ?? [session],
      recordings: source.recordings ?? [],
      clinicMeasures: settings.measures ?? [],
      units: settings.units ?? 'km',
      injuredSide: injuredSideOf(patient.diagnoses ?? []),
      race: nextRaceOf(source.races, dayOf(session.date))
    }),
    nextAppointment: session.nextAppointment
      ? `${formatLongDate(session.nextAppointment)} at ${formatTime(session.nextAppointment)}`
      : null,
    contact: fill(texts.contact),
    hasLungFieldMuscle
  }
}
