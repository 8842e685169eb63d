/** Why a file cannot be restored. Each kind has its own message; nothing is changed. */
export type BackupProblemKind =
  | 'empty'
  | 'not-a-backup'
  | 'wrong-format'
  | 'truncated'
  | 'damaged'
  | 'newer-version'
  | 'older-version'
  | 'count-mismatch'
  | 'checksum-mismatch'
  | 'invalid-row'
  | 'inconsistent'
  | 'wrong-secret'
  | 'other-clinic'
  | 'locked'

export type BackupProblem = { kind: BackupProblemKind; message: string }

const UNCHANGED = 'Nothing has been changed.'

export const problem = (kind: BackupProblemKind, message: string): BackupProblem => ({
  kind,
  message: `${message} ${UNCHANGED}`
})

export const problems = {
  empty: () => problem('empty', 'This file is empty: it is not a Racepoint backup.'),
  notABackup: () =>
    problem(
      'not-a-backup',
      'This file is not a Racepoint backup. Choose a file made with Back Up… (it ends in .json).'
    ),
  wrongFormat: (format: string) =>
    problem(
      'wrong-format',
      `This file holds a different kind of data (“${format.slice(0, 60)}”), not a Racepoint backup.`
    ),
  truncated: () =>
    problem(
      'truncated',
      'This backup is incomplete: the file ends part-way through, so it may not have finished copying. Use a complete copy of the backup.'
    ),
  damaged: (line: number, what: string) =>
    problem(
      'damaged',
      `This backup is damaged and cannot be read (line ${line}: ${what}). Use another copy of the backup.`
    ),
  newerFormat: (version: number) =>
    problem(
      'newer-version',
      `This backup was made by a newer version of Racepoint (backup format ${version}). Update Racepoint to restore it.`
    ),
  newerSchema: (version: number, latest: number) =>
    problem(
      'newer-version',
      `This backup was made by a newer version of Racepoint (data version ${version}; this version reads up to ${latest}). Update Racepoint to restore it.`
    ),
  olderSchema: (version: number) =>
    problem(
      'older-version',
      `This backup was made by an old version of Racepoint (data version ${version}) that this version cannot convert.`
    ),
  countMismatch: (table: string, listed: number, found: number) =>
    problem(
      'count-mismatch',
      `This backup is damaged: it lists ${listed} ${table} but holds ${found}.`
    ),
  checksumMismatch: () =>
    problem(
      'checksum-mismatch',
      'This backup has been changed or damaged since it was made: its checksum does not match its contents.'
    ),
  invalidRow: (label: string, id: string, field: string, message: string) =>
    problem(
      'invalid-row',
      `This backup holds a ${label} that Racepoint cannot accept (${id ? `id ${id}, ` : ''}${field}: ${message}).`
    ),
  sealedDamaged: (chunk: number) =>
    problem(
      'damaged',
      `This backup is damaged or has been changed since it was made: part ${chunk} of it does not match what Racepoint sealed. Use another copy of the backup.`
    ),
  /** Shown next to the passphrase field: the dialog stays open for another try. */
  wrongSecret: (credentialId: string) => ({
    kind: 'wrong-secret' as const,
    message:
      credentialId === 'recovery'
        ? 'That recovery code does not open this backup. Check the code on the clinic’s recovery sheet and try again.'
        : 'That passphrase does not open this backup. Check it and try again, or choose the recovery code.'
  }),
  otherClinic: () =>
    problem(
      'other-clinic',
      'This backup belongs to another clinic: it was sealed with a different clinic key from this one, so it cannot replace this clinic’s records.'
    ),
  locked: () => problem('locked', 'This backup is encrypted. Sign in first, then restore it.'),
  inconsistent: (message: string) =>
    problem('inconsistent', `This backup is inconsistent: ${message}.`)
}
