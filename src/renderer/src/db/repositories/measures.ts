import { Dexie } from 'dexie'
import { stampAfter, type LocalDateTime } from '@shared/dates'
import {
  checkMeasureValues,
  measureRecordingInputSchema,
  type MeasureRecording
} from '@shared/domain/measures/record'
import { SETTINGS_ID, settingsSchema } from '@shared/domain/settings'
import { validate, validationFailure } from '@shared/domain/validation'
import { err, ok } from '@shared/result'
import { newId } from '@shared/ids'
import type { RacepointDB } from '../database'
import { appendAudit, type Actor, type AuditNote } from './audit'
import {
  guardCheckedWrite,
  guardWrite,
  notFound,
  type Clock,
  type GuardedResult,
  type WriteResult
} from './common'

/** The clinic's own measures, read inside the caller's transaction. */
export async function clinicMeasuresIn(db: RacepointDB) {
  const row = await db.settings.get(SETTINGS_ID)
  return row ? settingsSchema.parse(row).measures : []
}

/**
 * Checks values against the clinic's own measures too (the schema alone knows only the
 * reference's); problems come back by field under `prefix` ("values.0.left").
 */
export async function clinicMeasureProblems(
  db: RacepointDB,
  values: Parameters<typeof checkMeasureValues>[0],
  prefix: string
): Promise<Record<string, string>> {
  const problems = checkMeasureValues(values, await clinicMeasuresIn(db))
  return Object.fromEntries(Object.entries(problems).map(([k, v]) => [`${prefix}.${k}`, v]))
}

/** Measures recorded between visits: a returned questionnaire, this week's running. */
export function measureRepository(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  const note = (n: AuditNote) => appendAudit(db, clock, actor, n)

  return {
    get: (id: string): Promise<MeasureRecording | undefined> => db.measures.get(id),

    /** A patient's recordings between visits, oldest first. */
    forPatient: (patientId: string): Promise<MeasureRecording[]> =>
      db.measures
        .where('[patientId+takenAt]')
        .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
        .toArray(),

    /** A patient's recordings taken from `from` up to (not including) `to`, oldest first. */
    forPatientBetween: (
      patientId: string,
      from: LocalDateTime,
      to: LocalDateTime
    ): Promise<MeasureRecording[]> =>
      db.measures
        .where('[patientId+takenAt]')
        .between([patientId, from], [patientId, to])
        .toArray(),

    async create(patientId: string, input: unknown): Promise<WriteResult<MeasureRecording>> {
      const valid = validate(measureRecordingInputSchema, input)
      if (!valid.ok) return valid
      return guardWrite(() =>
        db.transaction('rw', [db.patients, db.measures, db.settings, db.audit], async () => {
          if (!(await db.patients.get(patientId))) return err(notFound('This patient'))
          const problems = await clinicMeasureProblems(db, valid.value.values, 'values')
          if (Object.keys(problems).length) return err(validationFailure(problems))
          const now = clock().toISOString()
          const recording: MeasureRecording = {
            ...valid.value,
            id: newId(),
            patientId,
            enteredBy: actor(),
            createdAt: now,
            updatedAt: now
          }
          await db.measures.add(recording)
          await note({ action: 'measures-recorded', patientId, recordId: recording.id })
          return ok(recording)
        })
      )
    },

    /** Saves changes; with `expectedUpdatedAt`, a change made elsewhere is a conflict. */
    async update(
      id: string,
      input: unknown,
      { expectedUpdatedAt }: { expectedUpdatedAt?: string } = {}
    ): Promise<GuardedResult<MeasureRecording>> {
      const valid = validate(measureRecordingInputSchema, input)
      if (!valid.ok) return valid
      return guardCheckedWrite<MeasureRecording, MeasureRecording>(() =>
        db.transaction('rw', [db.measures, db.settings, db.audit], async () => {
          const current = await db.measures.get(id)
          if (!current) return err(notFound('This recording'))
          if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
            return err({
              kind: 'conflict',
              message: 'These measures were changed elsewhere since you opened them.',
              current
            })
          }
          const problems = await clinicMeasureProblems(db, valid.value.values, 'values')
          if (Object.keys(problems).length) return err(validationFailure(problems))
          const next: MeasureRecording = {
            ...current,
            ...valid.value,
            updatedAt: stampAfter(clock(), current.updatedAt)
          }
          await db.measures.put(next)
          await note({ action: 'measures-edited', patientId: current.patientId, recordId: id })
          return ok(next)
        })
      )
    },

    async remove(id: string): Promise<WriteResult<MeasureRecording>> {
      return guardWrite(() =>
        db.transaction('rw', db.measures, db.audit, async () => {
          const current = await db.measures.get(id)
          if (!current) return err(notFound('This recording'))
          await db.measures.delete(id)
          await note({ action: 'measures-deleted', patientId: current.patientId, recordId: id })
          return ok(current)
        })
      )
    }
  }
}

export type MeasureRepository = ReturnType<typeof measureRepository>
