/**
 * The one module that handles dates. Dates travel through the app as strings:
 * - IsoDate: a calendar day, 'yyyy-MM-dd' (race days, date of birth).
 * - LocalDateTime: clinic wall-clock time, 'yyyy-MM-ddTHH:mm' (sessions, appointments).
 * Wall-clock time is what a clinical record states ("seen at 10:30"); it sorts as text,
 * which the database indexes rely on.
 */
import {
  addDays,
  addMinutes,
  addMonths,
  differenceInCalendarDays,
  differenceInMinutes,
  differenceInYears,
  format,
  isWeekend,
  setHours,
  setMinutes,
  startOfDay,
  startOfISOWeek,
  startOfMonth
} from 'date-fns'

export type IsoDate = string
export type LocalDateTime = string

const DATE = 'yyyy-MM-dd'
const DATE_TIME = "yyyy-MM-dd'T'HH:mm"

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const LOCAL_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

export function toIsoDate(date: Date): IsoDate {
  return format(date, DATE)
}

export function toLocalDateTime(date: Date): LocalDateTime {
  return format(date, DATE_TIME)
}

/** A calendar day as a Date at local midnight, or null when the text is not a real day. */
export function parseIsoDate(text: string): Date | null {
  if (!ISO_DATE_RE.test(text)) return null
  return localDate(text, 0, 0)
}

export function parseLocalDateTime(text: string): Date | null {
  if (!LOCAL_DATE_TIME_RE.test(text)) return null
  return localDate(text, Number(text.slice(11, 13)), Number(text.slice(14, 16)))
}

/**
 * The local time named by already well-formed text, or null when no such local time exists
 * (31 April, 25:00, or a time skipped by a daylight-saving change). Built from the numbers
 * directly: long histories parse thousands of dates per screen, and a generic format parser
 * is several times slower.
 */
function localDate(text: string, hours: number, minutes: number): Date | null {
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(5, 7)) - 1
  const day = Number(text.slice(8, 10))
  const date = new Date(year, month, day, hours, minutes)
  // The Date constructor reads years 0-99 as 1900-1999.
  if (year < 100) date.setFullYear(year, month, day)
  const isSame =
    date.getFullYear() === year &&
    date.getMonth() === month &&
    date.getDate() === day &&
    date.getHours() === hours &&
    date.getMinutes() === minutes
  return isSame ? date : null
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null
}

export function isLocalDateTime(text: string): boolean {
  return parseLocalDateTime(text) !== null
}

function asDate(value: IsoDate | LocalDateTime | Date): Date {
  if (value instanceof Date) return value
  const date = value.length === 10 ? parseIsoDate(value) : parseLocalDateTime(value)
  if (!date) throw new RangeError(`Not a date: ${value}`)
  return date
}

/** The calendar day a date-time falls on. */
export function dayOf(value: LocalDateTime | Date): IsoDate {
  return value instanceof Date ? toIsoDate(value) : value.slice(0, 10)
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(
  from: IsoDate | LocalDateTime | Date,
  to: IsoDate | LocalDateTime | Date
): number {
  return differenceInCalendarDays(asDate(to), asDate(from))
}

/** Minutes from `from` to `to` (positive when `to` is later). */
export function minutesBetween(
  from: IsoDate | LocalDateTime | Date,
  to: IsoDate | LocalDateTime | Date
): number {
  return differenceInMinutes(asDate(to), asDate(from))
}

export function addDaysToDate(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(asDate(value), days))
}

export function addDaysToDateTime(value: LocalDateTime, days: number): LocalDateTime {
  return toLocalDateTime(addDays(asDate(value), days))
}

/** The same day `months` months later (or earlier), clamped to the month's last day. */
export function addMonthsToDate(value: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(asDate(value), months))
}

export function addMinutesToDateTime(value: LocalDateTime, minutes: number): LocalDateTime {
  return toLocalDateTime(addMinutes(asDate(value), minutes))
}

/** The first day of the month holding the day. */
export function monthStart(value: IsoDate | LocalDateTime): IsoDate {
  return toIsoDate(startOfMonth(asDate(value)))
}

/** Monday of the ISO week holding the day. */
export function weekStart(value: IsoDate | LocalDateTime): IsoDate {
  return toIsoDate(startOfISOWeek(asDate(value)))
}

/** Whole years of age on `today`. */
export function ageOn(dateOfBirth: IsoDate, today: IsoDate | Date): number {
  return differenceInYears(asDate(today), asDate(dateOfBirth))
}

/** Milliseconds since the epoch, for chart axes. */
export function toTimestamp(value: IsoDate | LocalDateTime): number {
  return asDate(value).getTime()
}

export function fromTimestamp(ms: number): LocalDateTime {
  return toLocalDateTime(new Date(ms))
}

export function formatDate(value: IsoDate | LocalDateTime | Date): string {
  return format(asDate(value), 'd MMM yyyy')
}

/** "Friday 13 March 2026", for printed papers. */
export function formatLongDate(value: IsoDate | LocalDateTime | Date): string {
  return format(asDate(value), 'EEEE d MMMM yyyy')
}

export function formatShortDate(value: IsoDate | LocalDateTime | Date): string {
  return format(asDate(value), 'd MMM')
}

/** "Mar 2026", for chart axes. */
export function formatMonth(value: IsoDate | LocalDateTime | Date): string {
  return format(asDate(value), 'MMM yyyy')
}

export function formatWeekday(value: IsoDate | LocalDateTime | Date): string {
  return format(asDate(value), 'EEE d MMM')
}

export function formatDateTime(value: LocalDateTime | Date): string {
  return format(asDate(value), 'd MMM yyyy, HH:mm')
}

export function formatTime(value: LocalDateTime | Date): string {
  return format(asDate(value), 'HH:mm')
}

/** "today", "tomorrow", "in 12 days", "yesterday", "5 days ago". */
export function formatDaysFrom(days: number): string {
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return days > 0 ? `in ${days} days` : `${-days} days ago`
}

/*
 * Arithmetic on Date values, for code that lays records out in time (the demo clinic and the
 * benchmarks' synthetic one). Records themselves still hold the strings above.
 */

/** Local midnight of the day `date` falls on. */
export function startOfLocalDay(date: Date): Date {
  return startOfDay(date)
}

export function shiftDays(date: Date, days: number): Date {
  return addDays(date, days)
}

export function shiftMinutes(date: Date, minutes: number): Date {
  return addMinutes(date, minutes)
}

/** The same day at hours:minutes, local time. */
export function atClockTime(date: Date, hours: number, minutes: number): Date {
  return setMinutes(setHours(date, hours), minutes)
}

export function isWeekendDay(date: Date): boolean {
  return isWeekend(date)
}

/**
 * A timestamp later than `previous` (ISO), `now` when it already is: each write of a record
 * gets a stamp of its own even within one millisecond or on a clock set back, so stamps order
 * its versions.
 */
export function stampAfter(now: Date, previous: string | null | undefined): string {
  const last = previous ? Date.parse(previous) : Number.NaN
  const at = Number.isNaN(last) || now.getTime() > last ? now.getTime() : last + 1
  return new Date(at).toISOString()
}
