import type { ChangeEvent } from 'react'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { describeCounts, describeMoment, formatBytes } from '../model/describe'
import type { BackupProblem } from '../model/file/problems'
import type { Progress } from '../model/progress'
import type { SealedFile } from '../model/file/sealedFile'
import type { CheckedBackup, RestoreOutcome } from '../operations'
import { ProgressBar } from './ProgressBar'
import { UNLOCK_FORM_ID, UnlockBackupForm } from './UnlockBackupForm'
import { type BackupCounts } from '@renderer/db/tables'

/** Where a restore has got to. Nothing is changed before `restoring`. */
export type RestoreState =
  | { step: 'choose' }
  | { step: 'checking'; source: string; progress: Progress | null }
  | { step: 'refused'; source: string; problem: BackupProblem }
  | {
      step: 'unlock'
      source: string
      file: SealedFile
      error: string | null
      isBusy: boolean
      progress: Progress | null
    }
  | { step: 'confirm'; source: string; checked: CheckedBackup; current: BackupCounts }
  | { step: 'restoring'; progress: Progress | null }
  | { step: 'failed'; message: string }
  | { step: 'done'; outcome: RestoreOutcome }

export type RestoreDialogProps = {
  state: RestoreState
  onChooseFile: (file: File) => void
  onConfirm: () => void
  onUnlock: (credentialId: string, secret: string) => void
  onEditSecret: () => void
  onChooseAgain: () => void
  onClose: () => void
}

function FilePicker({ onChooseFile }: Pick<RestoreDialogProps, 'onChooseFile'>) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) onChooseFile(file)
  }
  return (
    <label className="file-pick">
      <Icon name="upload" />
      <span>Choose backup file…</span>
      <input
        type="file"
        accept=".racepoint,.json,application/json"
        aria-label="Backup file"
        onChange={handleChange}
      />
    </label>
  )
}

/** Restoring a backup: choose, check, confirm what will be replaced, restore. */
export function RestoreDialog({
  state,
  onChooseFile,
  onConfirm,
  onUnlock,
  onEditSecret,
  onChooseAgain,
  onClose
}: RestoreDialogProps) {
  const isBusy =
    state.step === 'checking' ||
    state.step === 'restoring' ||
    (state.step === 'unlock' && state.isBusy)
  const close = (
    <button type="button" className="btn" onClick={onClose} disabled={isBusy}>
      {state.step === 'done' ? 'Close' : 'Cancel'}
    </button>
  )

  switch (state.step) {
    case 'choose':
      return (
        <Dialog title="Restore from a backup" onClose={onClose} footer={close}>
          <div className="stack">
            <p>
              Choose a backup file made by Racepoint. It is checked completely before anything is
              changed.
            </p>
            <FilePicker onChooseFile={onChooseFile} />
          </div>
        </Dialog>
      )
    case 'checking':
      return (
        <Dialog title="Restore from a backup" onClose={() => undefined} footer={close}>
          <div className="stack">
            <p className="muted">{state.source}</p>
            <ProgressBar progress={state.progress} />
          </div>
        </Dialog>
      )
    case 'refused':
      return (
        <Dialog
          title="This backup cannot be restored"
          onClose={onClose}
          footer={
            <>
              {close}
              <button type="button" className="btn btn--primary" onClick={onChooseAgain}>
                Choose another file
              </button>
            </>
          }
        >
          <div className="stack">
            <p className="muted">{state.source}</p>
            <div className="alert alert--danger" role="alert">
              <Icon name="alert" />
              {state.problem.message}
            </div>
          </div>
        </Dialog>
      )
    case 'unlock':
      return (
        <Dialog
          title="Open the encrypted backup"
          onClose={isBusy ? () => undefined : onClose}
          footer={
            <>
              {close}
              <button
                type="submit"
                form={UNLOCK_FORM_ID}
                className="btn btn--primary"
                disabled={state.isBusy}
              >
                {state.isBusy ? 'Opening…' : 'Open backup'}
              </button>
            </>
          }
        >
          <div className="stack">
            <p className="muted">{state.source}</p>
            <UnlockBackupForm
              header={state.file.header}
              error={state.error}
              isBusy={state.isBusy}
              onUnlock={onUnlock}
              onEdit={onEditSecret}
            />
            {state.isBusy ? <ProgressBar progress={state.progress} /> : null}
          </div>
        </Dialog>
      )
    case 'confirm': {
      const { header, rows, size } = state.checked.verified
      const clinicName = rows.settings[0]?.clinic.name
      return (
        <Dialog
          title="Replace all data with this backup?"
          onClose={onClose}
          footer={
            <>
              {close}
              <button type="button" className="btn btn--danger-solid" onClick={onConfirm}>
                Replace with this backup
              </button>
            </>
          }
        >
          <div className="stack">
            <dl className="restore-facts">
              <dt>Backup</dt>
              <dd>
                {state.source} · {formatBytes(size)}
              </dd>
              <dt>Made</dt>
              <dd>
                {describeMoment(header.createdAt)} by Racepoint{' '}
                {/^\d/.test(header.appVersion) ? header.appVersion : `(${header.appVersion})`}
              </dd>
              {clinicName ? (
                <>
                  <dt>Clinic</dt>
                  <dd>{clinicName}</dd>
                </>
              ) : null}
              <dt>Holds</dt>
              <dd>{describeCounts(header.counts)}</dd>
            </dl>
            {state.checked.verified.leftOut.map((note) => (
              <div key={note} className="alert alert--info" role="note">
                <Icon name="info" />
                <span>{note}</span>
              </div>
            ))}
            <div className="alert alert--warning">
              <Icon name="alert" />
              <div>
                It replaces everything in Racepoint now:{' '}
                <strong>{describeCounts(state.current)}</strong>, and the clinic’s settings.
                Racepoint first saves a copy of the current data as an automatic backup.
              </div>
            </div>
          </div>
        </Dialog>
      )
    }
    case 'restoring':
      return (
        <Dialog title="Restoring the backup" onClose={() => undefined} footer={null}>
          <ProgressBar progress={state.progress} />
        </Dialog>
      )
    case 'failed':
      return (
        <Dialog title="The backup was not restored" onClose={onClose} footer={close}>
          <div className="alert alert--danger" role="alert">
            <Icon name="alert" />
            {state.message}
          </div>
        </Dialog>
      )
    case 'done':
      return (
        <Dialog title="Backup restored" onClose={onClose} footer={close}>
          <div className="stack">
            <div className="alert alert--info" role="status">
              <Icon name="check" />
              Racepoint now holds {describeCounts(state.outcome.counts)} from the backup.
            </div>
            {(state.outcome.leftOut ?? []).map((note) => (
              <p key={note} className="muted">
                Left out: {note}
              </p>
            ))}
            {state.outcome.isNewlySealed ? (
              <p>
                The clinic’s records are encrypted on this computer with the backup’s key. Sign in
                with your passphrase to open them.
              </p>
            ) : null}
            {state.outcome.safetyCopy ? (
              <p className="muted">
                The data it replaced was saved first as <code>{state.outcome.safetyCopy}</code>.
              </p>
            ) : null}
          </div>
        </Dialog>
      )
  }
}
