import { err, ok, type Result } from '@shared/result'
import type { BackupTable } from './format'
import { problems, type BackupProblem } from './problems'

export type RawTables = Record<BackupTable, unknown[]>

/** Turns the rows of a backup made at schema version n into rows of version n + 1. */
export type RowUpgrade = (tables: RawTables) => RawTables

/**
 * Row upgrades for backups made by older Racepoints, keyed by the version they start from.
 * Every schema version after 1 adds its step here (the identity when stored rows keep their
 * shape), beside its database migration in db/migrations. Version 1 is the first, so there
 * is nothing to convert yet.
 */
export const BACKUP_ROW_UPGRADES: Readonly<Record<number, RowUpgrade>> = {}

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
