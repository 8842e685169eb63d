import { concatBytes, sha256Hex } from './checksum'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHECKSUM_ALGORITHM,
  HEADER_SUFFIX,
  tableOpenLine,
  type BackupHeader
} from './format'
import {
  BACKUP_TABLES,
  emptyCounts,
  type BackupCounts,
  type BackupTable
} from '@renderer/db/tables'

export type BackupMeta = { appVersion: string; schemaVersion: number; createdAt: Date }

export type WrittenBackup = { header: BackupHeader; blob: Blob; size: number }

/**
 * Builds a backup file from rows handed over table by table, in BACKUP_TABLES order and in
 * chunks, so a large clinic is never one giant string. `finish` adds the header (counts and
 * checksum are known only then) in front.
 */
export function createBackupWriter() {
  const encoder = new TextEncoder()
  /** The file after its header line, already UTF-8: the same bytes are checksummed and saved. */
  const bodyParts: Uint8Array<ArrayBuffer>[] = []
  const counts = emptyCounts()
  let tableIndex = -1

  function openTable(table: BackupTable): void {
    const index = BACKUP_TABLES.indexOf(table)
    if (index <= tableIndex) throw new Error(`Backup tables must come in order (${table}).`)
    while (tableIndex < index) {
      tableIndex++
      const name = BACKUP_TABLES[tableIndex]!
      const separator = tableIndex === 0 ? '' : '\n],\n'
      bodyParts.push(encoder.encode(`${separator}${tableOpenLine(name)}`))
    }
  }

  return {
    /** Adds rows of `table`; tables must be added in BACKUP_TABLES order. */
    addRows(table: BackupTable, rows: readonly unknown[]): void {
      if (BACKUP_TABLES[tableIndex] !== table) openTable(table)
      if (rows.length === 0) return
      const lines = rows.map((row) => JSON.stringify(row))
      const isFirst = counts[table] === 0
      bodyParts.push(encoder.encode(`${isFirst ? '\n' : ',\n'}${lines.join(',\n')}`))
      counts[table] += rows.length
    },

    async finish(meta: BackupMeta): Promise<WrittenBackup> {
      if (tableIndex < BACKUP_TABLES.length - 1) openTable(BACKUP_TABLES[BACKUP_TABLES.length - 1]!)
      bodyParts.push(encoder.encode('\n]\n}}\n'))
      const checksum = await sha256Hex(concatBytes(bodyParts))
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: meta.schemaVersion,
        appVersion: meta.appVersion,
        createdAt: meta.createdAt.toISOString(),
        counts: { ...counts } satisfies BackupCounts,
        checksum: { algorithm: CHECKSUM_ALGORITHM, value: checksum }
      }
      const headerJson = JSON.stringify(header)
      const headerLine = `${headerJson.slice(0, -1)}${HEADER_SUFFIX}\n`
      const blob = new Blob([headerLine, ...bodyParts], { type: 'application/json' })
      return { header, blob, size: blob.size }
    }
  }
}

export type BackupWriter = ReturnType<typeof createBackupWriter>
