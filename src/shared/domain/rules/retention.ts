import { addMonthsToDate, dayOf, type IsoDate, type LocalDateTime } from '../../dates'

/**
 * A signed record is never destroyed before the clinic's retention period has passed: counted
 * from the last signed session, `years` whole years (docs/clinical-reference.md, "Records":
 * HIPAA 164.312(c)(1) integrity; state retention periods are a clinic setting).
 *
 * The day from which the patient's signed sessions may be deleted for good, or null when
 * there are none (nothing signed holds the record back).
 */
export function signedRecordsKeptUntil(
  signedSessionDates: readonly LocalDateTime[],
  years: number
): IsoDate | null {
  if (signedSessionDates.length === 0) return null
  const last = signedSessionDates.reduce((a, b) => (a > b ? a : b))
  return addMonthsToDate(dayOf(last), years * 12)
}

export function isStillRetained(keptUntil: IsoDate | null, today: IsoDate): boolean {
  return keptUntil !== null && today < keptUntil
}
