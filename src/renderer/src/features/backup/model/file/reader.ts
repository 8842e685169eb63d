import { err, ok, type Result } from '@shared/result'
import { matchesChecksum } from './checksum'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupHeaderSchema,
  HEADER_SUFFIX,
  ROW_LABELS,
  ROW_SCHEMAS,
  tableOpenLine,
  tablesInFile,
  type BackupHeader
} from './format'
import { problem, problems, type BackupProblem } from './problems'
import { CHAIN_START, checkChain } from '@shared/domain/audit'
import { yieldToBrowser, type ProgressListener } from '../progress'
import { upgradeTables, type RawTables, type RowUpgrade } from './upgrade'
import { BACKUP_TABLES, totalRows, type BackupRows, type BackupTable } from '@renderer/db/tables'

export type VerifiedBackup = {
  header: BackupHeader
  rows: BackupRows
  size: number
  /**
   * What the file holds that is not restored, in words: unsaved session drafts of a patient
   * or session that is not in the backup (older Racepoints could leave those behind). The
   * clinic's records themselves are never left out: a file missing one is refused.
   */
  leftOut: string[]
}

export type ReadOptions = {
  /** The newest schema version this Racepoint knows (LATEST_VERSION). */
  latestSchemaVersion: number
  onProgress?: ProgressListener
  upgrades?: Readonly<Record<number, RowUpgrade>>
}

const NEWLINE = 10
/** Work done between chances for the page to paint progress. */
const BYTES_PER_SLICE = 4 * 1024 * 1024
const ROWS_PER_SLICE = 4000

class Refusal extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.message)
  }
}

const refuse = (p: BackupProblem): never => {
  throw new Refusal(p)
}

function parseHeader(
  line: string,
  isWholeFile: boolean
): { header: BackupHeader; fileTables: BackupTable[] } {
  const trimmed = line.trim()
  if (trimmed === '') return refuse(problems.empty())
  if (!trimmed.startsWith('{')) return refuse(problems.notABackup())
  let json: unknown
  const hasSuffix = trimmed.endsWith(HEADER_SUFFIX)
  try {
    json = JSON.parse(hasSuffix ? `${trimmed.slice(0, -HEADER_SUFFIX.length)}}` : trimmed)
  } catch {
    // A header cut short is a truncated backup; anything else that is not JSON is not ours.
    if (isWholeFile && trimmed.startsWith(`{"format":"${BACKUP_FORMAT}"`))
      return refuse(problems.truncated())
    return refuse(problems.notABackup())
  }
  const format = (json as { format?: unknown } | null)?.format
  if (typeof format !== 'string') return refuse(problems.notABackup())
  if (format !== BACKUP_FORMAT) return refuse(problems.wrongFormat(format))
  const version = (json as { formatVersion?: unknown }).formatVersion
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION)
    return refuse(problems.newerFormat(version))
  if (!hasSuffix) return refuse(problems.damaged(1, 'the tables do not follow the header'))
  const header = backupHeaderSchema.safeParse(json)
  if (!header.success) {
    const issue = header.error.issues[0]
    return refuse(
      problems.damaged(1, `the header’s ${issue?.path.join('.') || 'fields'} are not valid`)
    )
  }
  const rawCounts = (json as { counts?: unknown }).counts
  return {
    header: header.data,
    fileTables: tablesInFile(
      typeof rawCounts === 'object' && rawCounts !== null
        ? (rawCounts as Record<string, unknown>)
        : {}
    )
  }
}

/**
 * Reads a backup file completely and checks everything before anything is written: layout,
 * format and versions, row counts, checksum, every row against the app's schemas, and that
 * the rows fit together. The first problem found is returned with its own message.
 */
export async function readBackupFile(
  bytes: Uint8Array<ArrayBuffer>,
  { latestSchemaVersion, onProgress, upgrades }: ReadOptions
): Promise<Result<VerifiedBackup, BackupProblem>> {
  try {
    return ok(await read(bytes, latestSchemaVersion, onProgress, upgrades))
  } catch (error) {
    if (error instanceof Refusal) return err(error.problem)
    return err(
      problem(
        'damaged',
        `This backup could not be read (${error instanceof Error ? error.message : String(error)}).`
      )
    )
  }
}

async function read(
  bytes: Uint8Array<ArrayBuffer>,
  latestSchemaVersion: number,
  onProgress: ProgressListener | undefined,
  upgrades: Readonly<Record<number, RowUpgrade>> | undefined
): Promise<VerifiedBackup> {
  const size = bytes.byteLength
  if (size === 0) return refuse(problems.empty())
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const firstEnd = bytes.indexOf(NEWLINE)
  const { header, fileTables } = parseHeader(
    decoder.decode(bytes.subarray(0, firstEnd === -1 ? size : firstEnd)),
    firstEnd === -1
  )
  if (header.schemaVersion > latestSchemaVersion)
    return refuse(problems.newerSchema(header.schemaVersion, latestSchemaVersion))

  const tables: RawTables = {
    patients: [],
    races: [],
    sessions: [],
    settings: [],
    drafts: [],
    credentials: [],
    audit: [],
    measures: []
  }
  const expectedRows = Math.max(1, totalRows(header.counts))
  let tableIndex = -1
  /** Inside a table, after a row without a trailing comma: only the closing line may follow. */
  let mustClose = false
  let isInTable = false
  let isFinished = false
  let lineNumber = 1
  let position = firstEnd + 1
  let nextPause = position + BYTES_PER_SLICE
  if (firstEnd === -1) return refuse(problems.truncated())

  while (position < size) {
    const newline = bytes.indexOf(NEWLINE, position)
    const end = newline === -1 ? size : newline
    const isLastLine = newline === -1 || newline === size - 1
    lineNumber++
    const line = decoder.decode(bytes.subarray(position, end))
    position = end + 1

    if (isFinished) {
      if (line.trim() !== '') return refuse(problems.damaged(lineNumber, 'text after the end'))
      continue
    }

    if (!isInTable) {
      if (tableIndex === fileTables.length - 1) {
        if (line !== '}}')
          return refuse(problems.damaged(lineNumber, 'the file does not end as a backup ends'))
        isFinished = true
        continue
      }
      const table = fileTables[tableIndex + 1]!
      if (line !== tableOpenLine(table))
        return refuse(problems.damaged(lineNumber, `expected the ${table} table`))
      tableIndex++
      isInTable = true
      mustClose = false
      continue
    }

    const isLastTable = tableIndex === fileTables.length - 1
    if (line === (isLastTable ? ']' : '],')) {
      isInTable = false
      continue
    }
    if (mustClose) return refuse(problems.damaged(lineNumber, 'a row is missing its comma'))
    const hasComma = line.endsWith(',')
    let row: unknown
    try {
      row = JSON.parse(hasComma ? line.slice(0, -1) : line)
    } catch {
      return refuse(
        isLastLine ? problems.truncated() : problems.damaged(lineNumber, 'a row cannot be read')
      )
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      return refuse(problems.damaged(lineNumber, 'a row is not a record'))
    tables[fileTables[tableIndex]!].push(row)
    mustClose = !hasComma

    if (position >= nextPause) {
      nextPause = position + BYTES_PER_SLICE
      onProgress?.({ phase: 'checking', done: Math.round((position / size) * 50), total: 100 })
      await yieldToBrowser()
    }
  }
  if (!isFinished) return refuse(problems.truncated())

  for (const table of BACKUP_TABLES) {
    if (tables[table].length !== header.counts[table])
      return refuse(problems.countMismatch(table, header.counts[table], tables[table].length))
  }

  if (!(await matchesChecksum(bytes.subarray(firstEnd + 1), header.checksum.value))) {
    return refuse(problems.checksumMismatch())
  }

  const upgraded = upgradeTables(tables, header.schemaVersion, latestSchemaVersion, upgrades)
  if (!upgraded.ok) return refuse(upgraded.error)

  const rows = await validateRows(upgraded.value, (done) =>
    onProgress?.({
      phase: 'checking',
      done: 50 + Math.round((done / expectedRows) * 50),
      total: 100
    })
  )
  const leftOut = checkConsistency(rows)
  // The audit trail restores only whole: an entry altered or removed breaks its chain.
  const chain = await checkChain(rows.audit, CHAIN_START, 1)
  if (!chain.ok)
    refuse(
      problems.inconsistent(
        `its audit trail has been tampered with (entry ${chain.brokenAt} was ${chain.reason === 'altered' ? 'altered' : 'removed or reordered'})`
      )
    )
  onProgress?.({ phase: 'checking', done: 100, total: 100 })
  return { header, rows, size, leftOut }
}

function idOf(row: unknown): string {
  const id = (row as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 64) : ''
}

async function validateRows(
  tables: RawTables,
  onRows: (done: number) => void
): Promise<BackupRows> {
  const out: Record<BackupTable, unknown[]> = {
    patients: [],
    races: [],
    sessions: [],
    settings: [],
    drafts: [],
    credentials: [],
    audit: [],
    measures: []
  }
  let done = 0
  for (const table of BACKUP_TABLES) {
    const schema = ROW_SCHEMAS[table]
    const source = tables[table]
    for (let i = 0; i < source.length; i++) {
      const parsed = schema.safeParse(source[i])
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        return refuse(
          problems.invalidRow(
            ROW_LABELS[table],
            idOf(source[i]),
            issue?.path.map(String).join('.') || 'record',
            issue?.message ?? 'not valid'
          )
        )
      }
      out[table].push(parsed.data)
      // The checked copy replaces the parsed row, so a large backup is not held twice.
      source[i] = null
      if (++done % ROWS_PER_SLICE === 0) {
        onRows(done)
        await yieldToBrowser()
      }
    }
  }
  return out as BackupRows
}

/**
 * Refuses a file whose records do not hold together; drops (and names) drafts that belong to
 * nothing, which hold only unsaved typing and cannot be restored to any form.
 */
function checkConsistency(rows: BackupRows): string[] {
  const unique = (table: BackupTable, list: readonly { id: string }[]): Set<string> => {
    const ids = new Set<string>()
    for (const row of list) {
      if (ids.has(row.id))
        refuse(problems.inconsistent(`two ${table} records share the id ${row.id}`))
      ids.add(row.id)
    }
    return ids
  }
  const patients = unique('patients', rows.patients)
  unique('races', rows.races)
  const sessions = new Map(rows.sessions.map((s) => [s.id, s]))
  unique('sessions', rows.sessions)
  unique('drafts', rows.drafts)
  if (rows.settings.length > 1)
    refuse(problems.inconsistent('it holds more than one settings record'))
  unique('measures', rows.measures)
  for (const table of ['races', 'sessions', 'measures'] as const) {
    for (const row of rows[table]) {
      if (!patients.has(row.patientId))
        refuse(
          problems.inconsistent(
            `${ROW_LABELS[table]} ${row.id} belongs to a patient who is not in the backup`
          )
        )
    }
  }
  let orphanDrafts = 0
  rows.drafts = rows.drafts.filter((draft) => {
    const session = draft.sessionId === null ? null : sessions.get(draft.sessionId)
    const belongs =
      patients.has(draft.patientId) &&
      (draft.sessionId === null ||
        (session !== undefined && session?.patientId === draft.patientId))
    if (!belongs) orphanDrafts++
    return belongs
  })
  return orphanDrafts === 0
    ? []
    : [
        orphanDrafts === 1
          ? 'One unsaved session draft whose patient or session is not in the backup: it holds only unsaved typing and is not restored.'
          : `${orphanDrafts} unsaved session drafts whose patient or session is not in the backup: they hold only unsaved typing and are not restored.`
      ]
}
