import fs from 'node:fs'
import { join } from 'node:path'

/**
 * Racepoint's own log: a few lines a clinic can send with a support request. It never holds
 * patient data: each line is an event name from the list below and a few fixed fields
 * (numbers, yes/no, short codes such as an errno code). Free text (an error's message, a path,
 * a URL, a file name) never goes in: paths and names can carry a patient's name.
 */
export const LOG_EVENTS = [
  'app.started',
  'app.quit',
  'app.error',
  'window.created',
  'window.unresponsive',
  'window.responsive',
  'renderer.gone',
  'child-process.gone',
  'navigation.blocked',
  'window-open.blocked',
  'webview.blocked',
  'permission.denied',
  'app-url.refused',
  'ipc.refused',
  'ipc.failed',
  'backup.saved',
  'backup.pruned',
  'backup.removed',
  'pdf.saved',
  'pdf.failed',
  'storage.plain-retired'
] as const
export type LogEvent = (typeof LOG_EVENTS)[number]
export type LogLevel = 'info' | 'warn' | 'error'
export type LogValue = number | boolean | string
export type LogFields = Readonly<Record<string, LogValue>>

export type Log = {
  /** The folder holding the log file and its older generations (shown in Settings). */
  readonly folder: string
  readonly file: string
  info: (event: LogEvent, fields?: LogFields) => void
  warn: (event: LogEvent, fields?: LogFields) => void
  error: (event: LogEvent, fields?: LogFields) => void
}

export const LOG_FILE_NAME = 'racepoint.log'
export const LOG_MAX_BYTES = 1024 * 1024
export const LOG_GENERATIONS = 3

/** A field's name: a short camelCase word. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]{0,31}$/
/**
 * A string field's value: one short code without spaces or letters outside ASCII (a version,
 * a platform, an errno code, an IPC channel). Anything else is replaced, never written.
 */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}$/
export const REDACTED = '[redacted]'
const RESERVED = new Set(['time', 'level', 'event'])

/** The errno-style code of an error ("ENOSPC"), or its class; never its message. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && /^E[A-Z0-9_]{1,30}$/.test(code)) return code
    if (error instanceof TypeError) return 'TypeError'
    if (error instanceof RangeError) return 'RangeError'
    if (error instanceof Error) return 'Error'
  }
  return 'unknown'
}

/** One log line: the event and the fields that pass the rules above. */
export function formatLogLine(
  at: Date,
  level: LogLevel,
  event: LogEvent,
  fields: LogFields = {}
): string {
  const line: Record<string, LogValue | null> = {
    time: at.toISOString(),
    level,
    event: (LOG_EVENTS as readonly string[]).includes(event) ? event : REDACTED
  }
  for (const [name, value] of Object.entries(fields)) {
    if (!FIELD_NAME.test(name) || RESERVED.has(name)) continue
    if (typeof value === 'number') line[name] = Number.isFinite(value) ? value : null
    else if (typeof value === 'boolean') line[name] = value
    else line[name] = typeof value === 'string' && CODE.test(value) ? value : REDACTED
  }
  return `${JSON.stringify(line)}\n`
}

export type LogOptions = {
  folder: string
  maxBytes?: number
  /** How many older files are kept beside the current one (racepoint.log.1, .2, ...). */
  generations?: number
  now?: () => Date
}

/**
 * A size-capped, rotating log file: when the next line would take the file past `maxBytes`,
 * it becomes racepoint.log.1 (the older ones move up one, the oldest goes). The folder is
 * 0700 and the files 0600. Logging never throws: a full disk must not stop the app.
 */
export function createLog({
  folder,
  maxBytes = LOG_MAX_BYTES,
  generations = LOG_GENERATIONS,
  now = () => new Date()
}: LogOptions): Log {
  const file = join(folder, LOG_FILE_NAME)
  const isPosix = process.platform !== 'win32'
  // O_NOFOLLOW: a symbolic link planted as the log file is refused, never written through.
  const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW } = fs.constants
  const flags = O_WRONLY | O_APPEND | O_CREAT | (O_NOFOLLOW ?? 0)
  let size: number | null = null

  function prepare(): number {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
    if (isPosix) fs.chmodSync(folder, 0o700)
    try {
      return fs.statSync(file).size
    } catch {
      return 0
    }
  }

  function rotate(): void {
    fs.rmSync(`${file}.${generations}`, { force: true })
    for (let n = generations - 1; n >= 1; n--) {
      try {
        fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`)
      } catch {
        // That generation does not exist yet.
      }
    }
    if (generations > 0) fs.renameSync(file, `${file}.1`)
    else fs.rmSync(file, { force: true })
  }

  function write(level: LogLevel, event: LogEvent, fields?: LogFields): void {
    try {
      const line = formatLogLine(now(), level, event, fields)
      const bytes = Buffer.byteLength(line)
      size ??= prepare()
      if (size > 0 && size + bytes > maxBytes) {
        rotate()
        size = 0
      }
      const fd = fs.openSync(file, flags, 0o600)
      try {
        fs.writeSync(fd, line)
      } finally {
        fs.closeSync(fd)
      }
      size += bytes
    } catch {
      // Start again from the disk next time (the folder may have been removed).
      size = null
    }
  }

  return {
    folder,
    file,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields)
  }
}

/** A log that writes nothing, for code under test that does not look at the log. */
export const silentLog: Log = {
  folder: '',
  file: '',
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}
