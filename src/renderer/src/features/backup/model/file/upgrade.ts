import { err, ok, type Result } from '@shared/result'
import { problems, type BackupProblem } from './problems'
import { upgradeSessionRowToV3 } from '@renderer/db/migrations/0003-records-as-given'
import { upgradeSessionRowToV4 } from '@renderer/db/migrations/0004-sign-in-and-audit'
import { upgradeSessionRowToV6 } from '@renderer/db/migrations/0006-measures'
import { type BackupTable } from '@renderer/db/tables'

export type RawTables = Record<BackupTable, unknown[]>

/** Turns the rows of a backup made at schema version n into rows of version n + 1. */
export type RowUpgrade = (tables: RawTables) => RawTables

const unchanged: RowUpgrade = (tables) => tables

/**
 * Row upgrades for backups made by older Racepoints, keyed by the version they start from.
 * Every schema version after 1 adds its step here (`unchanged` when stored rows keep their
 * shape), beside its database migration in db/migrations.
 */
export const BACKUP_ROW_UPGRADES: Readonly<Record<number, RowUpgrade>> = {
  // v2 only adds an index on sessions' next appointment; rows keep their shape.
  1: unchanged,
  // v3: sessions keep every screening answer and the sheets handed out.
  2: (tables) => ({ ...tables, sessions: tables.sessions.map(upgradeSessionRowToV3) }),
  // v4: sessions name who entered them; credentials and the audit trail are new tables.
  3: (tables) => ({ ...tables, sessions: tables.sessions.map(upgradeSessionRowToV4) }),
  // v5 adds derived tables (built on restore, never in backups) and an index on races.
  4: unchanged,
  // v6: sessions hold their measures and each muscle its tightness; measures is a new table.
  5: (tables) => ({ ...tables, sessions: tables.sessions.map(upgradeSessionRowToV6) })
}

/** Brings rows from `from` up to `to`, step by step; refused when a step is missing. */
export function upgradeTables(
  tables: RawTables,
  from: number,
  to: number,
  steps: Readonly<Record<number, RowUpgrade>> = BACKUP_ROW_UPGRADES
): Result<RawTables, BackupProblem> {
  let current = tables
  for (let version = from; version < to; version++) {
    const step = steps[version]
    if (!step) return err(problems.olderSchema(from))
    current = step(current)
  }
  return ok(current)
}
