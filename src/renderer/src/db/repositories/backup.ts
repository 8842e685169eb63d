import type { Table } from 'dexie'
import type { ClinicKeys } from '@shared/crypto/clinicKey'
import type { Credential } from '@shared/domain/auth/credential'
import type { Patient } from '@shared/domain/patient'
import type { TherapistRef } from '@shared/domain/session'
import type { Session } from '@shared/domain/session'
import type { ClinicMeasure } from '@shared/domain/measures/catalogue'
import type { MeasureRecording } from '@shared/domain/measures/record'
import { SETTINGS_ID, settingsSchema } from '@shared/domain/settings'
import { err, ok, type Result } from '@shared/result'
import {
  BACKUP_TABLES,
  emptyCounts,
  type BackupCounts,
  type BackupRows,
  type BackupTable
} from '../tables'
import type { RacepointDB } from '../database'
import { marksOf, tallyOf } from '../derived'
import { rankedByName } from '../sealing/nameOrder'
import { sealClinic } from '../sealing/clinicStore'
import { chunkSizer, writeInChunks } from '../writeChunks'
import { appendAudit } from './audit'
import { refused, storageFailure, type Refused, type StorageFailure } from './common'

/** Rows per read or write request: large enough to be fast, small enough for steady progress. */
export const CHUNK_ROWS = 5000

export type SessionChunkListener = (
  sessions: readonly Session[],
  patients: ReadonlyMap<string, Patient>,
  done: number,
  total: number
) => void

/** The month after 'yyyy-MM'. */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

export type ChunkListener = (table: BackupTable, rows: readonly unknown[]) => void
export type RowsListener = (done: number, total: number) => void

class CountMismatch extends Error {}

/** Whether this clinic's data is sealed, and its keys while a therapist is signed in. */
export type ClinicSealing = { isSealed: boolean; keys: ClinicKeys | null }

/** What a sealed backup's header carries: the wrapped copies of the key and who holds them. */
export type KeyCopy = Credential & { scheme: 2; wrapped: string }
export type KeyCopies = {
  credentials: KeyCopy[]
  therapists: { id: string; name: string }[]
}

export type SealedRestoreOptions = {
  onRows?: RowsListener
  /** The restore's own entry on the restored trail: when, and who opened the backup. */
  at: Date
  by: TherapistRef | null
}

/**
 * Replaces every table with `rows` in one read-write transaction: cleared, written, and
 * counted again before it commits. Any failure rolls the whole transaction back, so the
 * clinic is either entirely the backup's or exactly as it was. Today's marks are cleared and
 * written with the rows, and counted in the progress; in a sealed clinic each patient is
 * written once, with its rank by name already given.
 */
async function replaceAllIn(
  db: RacepointDB,
  rows: BackupRows,
  onRows?: RowsListener
): Promise<Result<BackupCounts, StorageFailure | Refused>> {
  const tableOf = (name: BackupTable): Table<unknown, string> => db.table(name)
  const allTables = () => BACKUP_TABLES.map((name) => db.table(name))
  async function countAll(): Promise<BackupCounts> {
    const counts = emptyCounts()
    for (const name of BACKUP_TABLES) counts[name] = await tableOf(name).count()
    return counts
  }
  const expected = emptyCounts()
  for (const name of BACKUP_TABLES) expected[name] = rows[name].length
  const marks = marksOf(rows.sessions)
  const writes: [Table<unknown, string>, readonly unknown[]][] = [
    ...BACKUP_TABLES.map((name): [Table<unknown, string>, readonly unknown[]] => [
      tableOf(name),
      name === 'patients' && db.vault.sealed ? rankedByName(rows.patients) : rows[name]
    ]),
    [db.marks, marks]
  ]
  const incoming = writes.reduce((sum, [, source]) => sum + source.length, 0)
  try {
    const counts = await db.transaction('rw', [...allTables(), db.marks, db.counts], async () => {
      const cleared = [...BACKUP_TABLES.map(tableOf), db.marks]
      const existing = await Promise.all(cleared.map((table) => table.count()))
      // Work is counted in rows removed and rows written, so progress moves while clearing.
      const total = incoming + existing.reduce((a, b) => a + b, 0)
      let done = 0
      onRows?.(0, total)
      for (const table of cleared) {
        const keys = (await table.toCollection().primaryKeys()) as string[]
        // Cleared a range at a time, not all at once, so progress is reported throughout; a
        // range's size follows how long the last took (rows with many index entries cost more).
        const sizer = chunkSizer({ first: 1000, max: 5000 })
        for (let start = 0; start < keys.length;) {
          const last = Math.min(keys.length, start + sizer.size) - 1
          await table.where(':id').between(keys[start]!, keys[last]!, true, true).delete()
          sizer.written(last - start + 1)
          done += last - start + 1
          start = last + 1
          onRows?.(done, total)
        }
      }
      for (const [table, source] of writes) {
        await writeInChunks(
          source,
          (chunk) => table.bulkAdd(chunk),
          (written) => {
            done += written
            onRows?.(done, total)
          }
        )
      }
      await db.counts.put(
        tallyOf({
          patients: rows.patients,
          sessions: rows.sessions.length,
          races: rows.races.length
        })
      )
      const counts = await countAll()
      if (BACKUP_TABLES.some((name) => counts[name] !== expected[name])) {
        throw new CountMismatch()
      }
      return counts
    })
    return ok(counts)
  } catch (error) {
    if (error instanceof CountMismatch) {
      return err(
        refused(
          'The restored data did not add up to what the backup lists, so Racepoint undid the restore. Nothing has been changed.'
        )
      )
    }
    const failure = storageFailure(error)
    return err({
      ...failure,
      message: `Racepoint could not write the restored data, so it undid the restore and nothing has been changed. ${failure.message}`
    })
  }
}

/** Whole-clinic reads and writes for backup, restore and export. */
export function backupRepository(db: RacepointDB) {
  const tableOf = (name: BackupTable): Table<unknown, string> => db.table(name)
  const allTables = () => BACKUP_TABLES.map((name) => db.table(name))

  async function countAll(): Promise<BackupCounts> {
    const counts = emptyCounts()
    for (const name of BACKUP_TABLES) counts[name] = await tableOf(name).count()
    return counts
  }

  async function replaceAll(
    rows: BackupRows,
    onRows?: RowsListener
  ): Promise<Result<BackupCounts, StorageFailure | Refused>> {
    return replaceAllIn(db, rows, onRows)
  }

  return {
    counts: (): Promise<BackupCounts> => db.transaction('r', allTables(), countAll),

    sealing: (): ClinicSealing => ({ isSealed: db.vault.sealed, keys: db.vault.currentOrNull }),

    /**
     * The clinic key's wrapped copies (credentials holding one) and the names of the
     * therapists they belong to, for a sealed backup's header.
     */
    async keyCopies(): Promise<KeyCopies> {
      return db.transaction('r', db.credentials, db.settings, async () => {
        const credentials = (await db.credentials.toArray()).filter(
          (c): c is KeyCopy => c.scheme === 2 && typeof c.wrapped === 'string'
        )
        const holders = new Set(credentials.map((c) => c.id))
        const settings = await db.settings.toCollection().first()
        const therapists = (settings?.therapists ?? [])
          .filter((t) => holders.has(t.id))
          .map(({ id, name }) => ({ id, name }))
        return { credentials, therapists }
      })
    },

    replaceAll,

    /**
     * A sealed backup restored where the clinic is not sealed yet (a new computer): a sealed
     * clinic is made from `rawKey` with the backup's rows (../sealing/clinicStore.ts), the
     * credentials holding the key written last, and the plain database removed. All or
     * nothing: until the credentials are in, the plain clinic stays as it was. The page must
     * reload afterwards to open the sealed clinic.
     */
    async restoreAsSealedClinic(
      rows: BackupRows,
      rawKey: Uint8Array,
      credentials: readonly Credential[],
      { onRows, at, by }: SealedRestoreOptions
    ): Promise<Result<BackupCounts, StorageFailure | Refused>> {
      // Set inside `fill`, which sealClinic calls while the new clinic's key is open.
      const outcome: { counts: BackupCounts | null; refusal: Refused | StorageFailure | null } = {
        counts: null,
        refusal: null
      }
      try {
        await sealClinic(db, rawKey, credentials, {
          indexedDB: db.idbFactory,
          fill: async (sealed) => {
            const replaced = await replaceAllIn(sealed, { ...rows, credentials: [] }, onRows)
            if (!replaced.ok) {
              outcome.refusal = replaced.error
              throw new Error(replaced.error.message)
            }
            await sealed.transaction('rw', sealed.audit, () =>
              appendAudit(
                sealed,
                () => at,
                () => by,
                { action: 'restored', by }
              )
            )
            outcome.counts = { ...replaced.value, credentials: credentials.length }
          }
        })
      } catch (error) {
        if (outcome.refusal) return err(outcome.refusal)
        const failure = storageFailure(error)
        return err({
          ...failure,
          message: `Racepoint could not write the restored data, so it undid the restore and nothing has been changed. ${failure.message}`
        })
      }
      return outcome.counts ? ok(outcome.counts) : err(refused('The backup was not restored.'))
    },

    /**
     * Every row of every table, in BACKUP_TABLES order and primary-key order, handed to
     * `onChunk` a chunk at a time. One read-only transaction, so the rows are one consistent
     * moment of the clinic even if someone saves meanwhile (their save waits).
     */
    async readAll(
      onChunk: ChunkListener,
      onStart?: (counts: BackupCounts) => void
    ): Promise<Result<BackupCounts, StorageFailure>> {
      try {
        const counts = await db.transaction('r', allTables(), async () => {
          const counts = await countAll()
          onStart?.(counts)
          for (const name of BACKUP_TABLES) {
            const table = tableOf(name)
            const after = (key: string | null) =>
              (key === null ? table.toCollection() : table.where(':id').above(key))
                .limit(CHUNK_ROWS)
                .toArray()
            let pending: Promise<unknown[]> | null = after(null)
            while (pending) {
              const rows: unknown[] = await pending
              const last = rows[rows.length - 1] as { id: string } | undefined
              // Ask for the next chunk before handling this one: the database reads while
              // the page serialises.
              pending = rows.length === CHUNK_ROWS && last ? after(last.id) : null
              onChunk(name, rows)
            }
          }
          return counts
        })
        return ok(counts)
      } catch (error) {
        return err(storageFailure(error))
      }
    },

    /**
     * Every session, earliest first, a month at a time, with every patient (for names). One
     * read-only transaction, so the export is one consistent moment of the clinic.
     */
    async readSessionsByMonth(
      onChunk: SessionChunkListener
    ): Promise<Result<number, StorageFailure>> {
      try {
        const total = await db.transaction('r', db.patients, db.sessions, async () => {
          const patients = new Map((await db.patients.toArray()).map((p) => [p.id, p]))
          const total = await db.sessions.count()
          const first = await db.sessions.orderBy('date').first()
          const last = await db.sessions.orderBy('date').last()
          if (!first || !last) return 0
          let done = 0
          const end = last.date.slice(0, 7)
          for (let month = first.date.slice(0, 7); month <= end; month = nextMonth(month)) {
            const sessions = await db.sessions
              .where('date')
              .between(`${month}-01`, `${nextMonth(month)}-01`, true, false)
              .toArray()
            done += sessions.length
            if (sessions.length) onChunk(sessions, patients, done, total)
          }
          return total
        })
        return ok(total)
      } catch (error) {
        return err(storageFailure(error))
      }
    },

    /**
     * What the measures CSV needs, in one read-only transaction: every patient (for names), the
     * clinic's own measures, each month's sessions earliest first, then the recordings made
     * between visits.
     */
    async readMeasures(
      onSessions: (sessions: readonly Session[], patients: ReadonlyMap<string, Patient>) => void,
      onRecordings: (
        recordings: readonly MeasureRecording[],
        patients: ReadonlyMap<string, Patient>
      ) => void
    ): Promise<Result<ClinicMeasure[], StorageFailure>> {
      try {
        const clinic = await db.transaction(
          'r',
          [db.patients, db.sessions, db.measures, db.settings],
          async () => {
            const patients = new Map((await db.patients.toArray()).map((p) => [p.id, p]))
            const settings = await db.settings.get(SETTINGS_ID)
            const clinic = settings ? settingsSchema.parse(settings).measures : []
            const first = await db.sessions.orderBy('date').first()
            const last = await db.sessions.orderBy('date').last()
            if (first && last) {
              const end = last.date.slice(0, 7)
              for (let month = first.date.slice(0, 7); month <= end; month = nextMonth(month)) {
                const sessions = await db.sessions
                  .where('date')
                  .between(`${month}-01`, `${nextMonth(month)}-01`, true, false)
                  .toArray()
                if (sessions.length) onSessions(sessions, patients)
              }
            }
            let after: string | null = null
            for (;;) {
              const chunk: MeasureRecording[] = await (
                after === null ? db.measures.toCollection() : db.measures.where(':id').above(after)
              )
                .limit(CHUNK_ROWS)
                .toArray()
              if (chunk.length) onRecordings(chunk, patients)
              if (chunk.length < CHUNK_ROWS) break
              after = chunk[chunk.length - 1]!.id
            }
            return clinic
          }
        )
        return ok(clinic)
      } catch (error) {
        return err(storageFailure(error))
      }
    },

    /**
     * A fingerprint of the clinic's data that changes whenever anything is saved: every write
     * stamps updatedAt, and deletions change the counts. Automatic backups compare it.
     */
    async changeStamp(): Promise<string> {
      return db.transaction('r', allTables(), async () => {
        const parts: string[] = []
        for (const name of BACKUP_TABLES) {
          const table = tableOf(name)
          const count = await table.count()
          const latest =
            name === 'settings'
              ? ((await db.settings.toCollection().first())?.updatedAt ?? '')
              : name === 'audit'
                ? String((await db.audit.orderBy('seq').last())?.hash ?? '')
                : name === 'credentials'
                  ? (await db.credentials.toArray())
                      .map((c) => c.updatedAt)
                      .sort()
                      .at(-1)
                  : (
                      (await table.orderBy('updatedAt').last()) as
                        { updatedAt?: string } | undefined
                    )?.updatedAt
          parts.push(`${name}:${count}:${latest ?? ''}`)
        }
        return parts.join('|')
      })
    }
  }
}

export type BackupRepository = ReturnType<typeof backupRepository>
