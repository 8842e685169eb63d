import { addDaysToDate, dayOf, daysBetween, toTimestamp, type LocalDateTime } from '../../dates'
import type { Race } from '../race'
import type { RaceWindowSettings } from '../settings'

export type RaceWindowWarning = {
  race: Pick<Race, 'id' | 'name' | 'date' | 'priority'>
  /** Calendar days from the session to race day (0 = race day). */
  daysLeft: number
  /** The wider window the session falls in. */
  rule: 'a-race' | 'any-race'
  message: string
}

const HOUR_MS = 3_600_000

/**
 * The window before a race in which needling is flagged, in milliseconds since the epoch: from
 * `anyRaceHours` hours (or, for an A race, `aRaceDays` days if that is longer) before race
 * day's first minute, up to (not including) the first minute of the next day. A race's start
 * time is not recorded, so race day counts from its first minute.
 */
export function raceWindowBounds(
  race: Pick<Race, 'date' | 'priority'>,
  settings: RaceWindowSettings
): { start: number; end: number } {
  const hoursBefore = Math.max(
    settings.anyRaceHours,
    race.priority === 'A' ? settings.aRaceDays * 24 : 0
  )
  return {
    start: toTimestamp(race.date) - hoursBefore * HOUR_MS,
    end: toTimestamp(addDaysToDate(race.date, 1))
  }
}

/**
 * Is needling at `sessionAt` inside a window before one of the races?
 *
 * A race's start time is not recorded, so race day counts from its first minute: the window
 * of N hours before a race runs from N hours before race day's midnight to the end of race
 * day, both ends included. A session after race day is never flagged. The rule only warns;
 * it never blocks a session. Nearest race first.
 */
export function raceWindowWarnings(
  sessionAt: LocalDateTime,
  races: readonly Pick<Race, 'id' | 'name' | 'date' | 'priority'>[],
  settings: RaceWindowSettings
): RaceWindowWarning[] {
  const warnings: RaceWindowWarning[] = []
  const at = toTimestamp(sessionAt)
  for (const race of races) {
    const { start, end } = raceWindowBounds(race, settings)
    if (at < start || at >= end) continue
    // Inside the window: which of the two rules put it there, for the message.
    const raceStart = toTimestamp(race.date)
    const isInAnyRaceWindow = at >= raceStart - settings.anyRaceHours * HOUR_MS
    const daysLeft = daysBetween(dayOf(sessionAt), race.date)
    const rule = isInAnyRaceWindow ? 'any-race' : 'a-race'
    warnings.push({ race, daysLeft, rule, message: warningMessage(race, daysLeft, rule, settings) })
  }
  return warnings.sort((a, b) => a.daysLeft - b.daysLeft)
}

function warningMessage(
  race: Pick<Race, 'name' | 'priority'>,
  daysLeft: number,
  rule: RaceWindowWarning['rule'],
  settings: RaceWindowSettings
): string {
  const when =
    daysLeft === 0 ? 'is today' : daysLeft === 1 ? 'is tomorrow' : `is in ${daysLeft} days`
  const window =
    rule === 'a-race'
      ? `the clinic's ${settings.aRaceDays}-day window before an A race`
      : `the clinic's ${settings.anyRaceHours}-hour window before a race`
  return `${race.name} (${race.priority} race) ${when}: needling now falls inside ${window}.`
}
