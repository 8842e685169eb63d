import {
  CHAIN_START,
  checkChain,
  sealEntry,
  type AuditAction,
  type AuditEntry,
  type ChainCheck
} from '@shared/domain/audit'
import type { TherapistRef } from '@shared/domain/session'
import type { RacepointDB } from '../database'
import type { Clock } from './common'

/** Who the app acts as: the signed-in therapist, or nobody before a sign-in. */
export type Actor = () => TherapistRef | null

export type AuditNote = {
  action: AuditAction
  patientId?: string | null
  recordId?: string | null
  detail?: string
  /** Who acted, when not the signed-in therapist (a failed sign-in names nobody). */
  by?: TherapistRef | null
}

/**
 * Appends an entry to the trail. Call it inside the transaction of the change it records,
 * with `db.audit` in that transaction's tables: the change and its entry are written together
 * or not at all.
 */
export async function appendAudit(
  db: RacepointDB,
  clock: Clock,
  actor: Actor,
  note: AuditNote
): Promise<AuditEntry> {
  const last = await db.audit.orderBy('seq').last()
  const who = note.by !== undefined ? note.by : actor()
  const entry = sealEntry(
    {
      seq: (last?.seq ?? 0) + 1,
      at: clock().toISOString(),
      therapistId: who?.id ?? null,
      therapistName: who?.name ?? '',
      action: note.action,
      patientId: note.patientId ?? null,
      recordId: note.recordId ?? null,
      detail: note.detail ?? ''
    },
    last?.hash ?? CHAIN_START
  )
  await db.audit.add(entry)
  return entry
}

const VERIFY_BATCH = 5000

export type AuditFilter = {
  patientId?: string
  therapistId?: string
  action?: AuditAction
  /** ISO timestamps, inclusive. */
  from?: string
  to?: string
}

export type VerifyProgress = (done: number, total: number) => void

/** The trail: appended with every change, read by the owner, checked end to end. */
export function auditRepository(db: RacepointDB, clock: Clock, actor: Actor) {
  return {
    /** An entry of its own (a sign-in, a view, an export), in a transaction of its own. */
    record: (note: AuditNote): Promise<AuditEntry> =>
      db.transaction('rw', db.audit, () => appendAudit(db, clock, actor, note)),

    count: (): Promise<number> => db.audit.count(),

    /** Entries newest first, filtered, at most `limit`. */
    async list(filter: AuditFilter = {}, limit = 500): Promise<AuditEntry[]> {
      const base = filter.patientId
        ? db.audit
            .where('[patientId+seq]')
            .between([filter.patientId, 0], [filter.patientId, Number.MAX_SAFE_INTEGER])
        : filter.therapistId
          ? db.audit
              .where('[therapistId+seq]')
              .between([filter.therapistId, 0], [filter.therapistId, Number.MAX_SAFE_INTEGER])
          : db.audit.toCollection()
      return base
        .reverse()
        .filter(
          (e) =>
            (!filter.therapistId || e.therapistId === filter.therapistId) &&
            (!filter.action || e.action === filter.action) &&
            (!filter.from || e.at >= filter.from) &&
            (!filter.to || e.at <= filter.to)
        )
        .limit(limit)
        .toArray()
    },

    /** Every entry, oldest first (for export). */
    all: (): Promise<AuditEntry[]> => db.audit.orderBy('seq').toArray(),

    /**
     * Checks the whole chain, in batches with progress: every hash is what its entry's content
     * gives (recomputed with WebCrypto), and each entry follows the one before.
     */
    async verify(onProgress?: VerifyProgress): Promise<ChainCheck> {
      const total = await db.audit.count()
      const read = (from: number): Promise<AuditEntry[]> =>
        db.audit.where('seq').aboveOrEqual(from).limit(VERIFY_BATCH).toArray()
      let prev = CHAIN_START
      let seq = 1
      let done = 0
      let next = read(seq)
      for (;;) {
        const batch = await next
        if (batch.length === 0) break
        // The next batch is read while this one is hashed.
        next = read(batch[batch.length - 1]!.seq + 1)
        const check = await checkChain(batch, prev, seq)
        if (!check.ok) {
          await next.catch(() => undefined)
          return { ...check, count: done + check.count }
        }
        done += batch.length
        prev = batch[batch.length - 1]!.hash
        seq = batch[batch.length - 1]!.seq + 1
        onProgress?.(done, total)
      }
      return { ok: true, count: done }
    }
  }
}

export type AuditRepository = ReturnType<typeof auditRepository>
