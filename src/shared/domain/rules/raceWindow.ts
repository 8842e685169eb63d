import { addDaysToDate, dayOf, daysBetween, minutesBetween, type LocalDateTime } from '../../dates'
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
  for (const race of races) {
    const raceStart = `${race.date}T00:00`
    const dayAfterRace = `${addDaysToDate(race.date, 1)}T00:00`
    if (minutesBetween(sessionAt, dayAfterRace) <= 0) continue
    const minutesBefore = minutesBetween(sessionAt, raceStart)
    const isInAnyRaceWindow = minutesBefore <= settings.anyRaceHours * 60
    const isInARaceWindow = race.priority === 'A' && minutesBefore <= settings.aRaceDays * 24 * 60
    if (!isInAnyRaceWindow && !isInARaceWindow) continue
    const daysLeft = daysBetween(dayOf(sessionAt), race.date)
    const rule = isInARaceWindow && !isInAnyRaceWindow ? 'a-race' : 'any-race'
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
