import { addMinutesToDateTime, minutesBetween, type LocalDateTime } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import {
  FOLLOW_UP_CHECKPOINTS,
  type FollowUpCheckpoint,
  type Session
} from '@shared/domain/session'
import { CHECKPOINT_HOURS, FOLLOW_UP_LISTED_HOURS } from './horizons'

export type FollowUpCheck = { checkpoint: FollowUpCheckpoint; dueAt: LocalDateTime; isDue: boolean }

export type FollowUpDue = {
  session: Session
  patient: Patient
  /** The checks not yet recorded: due ones, then those still to come. */
  checks: FollowUpCheck[]
}

/**
 * Needling sessions of active patients whose soreness checks (24, 48, 72 h) are due and not
 * recorded, most overdue first. A session drops off once every check is recorded, or a day
 * after its 72-hour check.
 */
export function buildFollowUpsDue({
  now,
  recentSessions,
  patients
}: {
  now: LocalDateTime
  recentSessions: readonly Session[]
  patients: ReadonlyMap<string, Patient>
}): FollowUpDue[] {
  const due: FollowUpDue[] = []
  for (const session of recentSessions) {
    if (!session.hasNeedling || session.date > now) continue
    if (minutesBetween(session.date, now) > FOLLOW_UP_LISTED_HOURS * 60) continue
    const patient = patients.get(session.patientId)
    if (!patient || patient.status !== 'active') continue
    const recorded = new Set(session.followUps.map((f) => f.checkpoint))
    const checks = FOLLOW_UP_CHECKPOINTS.filter((c) => !recorded.has(c)).map((checkpoint) => {
      const dueAt = addMinutesToDateTime(session.date, CHECKPOINT_HOURS[checkpoint] * 60)
      return { checkpoint, dueAt, isDue: dueAt <= now }
    })
    if (checks.some((c) => c.isDue)) due.push({ session, patient, checks })
  }
  const firstDue = (f: FollowUpDue): string => f.checks.find((c) => c.isDue)!.dueAt
  return due.sort((a, b) => firstDue(a).localeCompare(firstDue(b)))
}
