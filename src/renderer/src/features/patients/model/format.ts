import { ageOn, daysBetween, formatDaysFrom, type IsoDate } from '@shared/dates'
import type { Patient, Sex } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'

export function initials(p: Pick<Patient, 'firstName' | 'lastName'>): string {
  return `${p.firstName.trim()[0] ?? ''}${p.lastName.trim()[0] ?? ''}`.toUpperCase()
}

const SEX_SHORT: Record<Sex, string> = { female: 'F', male: 'M', other: 'X', unspecified: '' }

/** "34 y · F" */
export function ageAndSex(p: Pick<Patient, 'dateOfBirth' | 'sex'>, today: IsoDate): string {
  const parts = [
    p.dateOfBirth ? `${ageOn(p.dateOfBirth, today)} y` : null,
    SEX_SHORT[p.sex] || null
  ]
  return parts.filter(Boolean).join(' · ')
}

/** "Portland Marathon in 9 days" */
export function raceCountdown(race: Pick<Race, 'name' | 'date'>, today: IsoDate): string {
  return `${race.name} ${formatDaysFrom(daysBetween(today, race.date))}`
}
