import { useState } from 'react'
import type { AutoBackupInfo } from '@shared/ipc'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { describeMoment, formatBytes } from '../model/describe'
import { useAutomaticBackups } from '../hooks/useAutomaticBackups'
import { useBackupActions } from './BackupProvider'

const KIND_LABELS: Record<AutoBackupInfo['kind'], string> = {
  auto: 'Automatic',
  'before-restore': 'Before a restore'
}

type PlainBackupsNoticeProps = { backups: readonly AutoBackupInfo[] }

/**
 * Automatic backups kept from before the clinic's data was sealed are readable by anyone
 * with the folder. Racepoint never touches them on its own: it offers to encrypt them where
 * they are, or to remove them, and does either only when asked.
 */
function PlainBackupsNotice({ backups }: PlainBackupsNoticeProps) {
  const { encryptPlainBackups, removePlainBackups, isBusy } = useBackupActions()
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false)
  const some = backups.length === 1 ? 'One automatic backup' : `${backups.length} automatic backups`
  return (
    <>
      <div className="alert alert--warning" role="status">
        <Icon name="alert" />
        <div className="stack">
          <span>
            {some} from before the clinic’s records were encrypted{' '}
            {backups.length === 1 ? 'is' : 'are'} not encrypted: anyone who can open the backups
            folder can read {backups.length === 1 ? 'it' : 'them'}. Encrypt{' '}
            {backups.length === 1 ? 'it' : 'them'} with the clinic’s key, or remove{' '}
            {backups.length === 1 ? 'it' : 'them'}.
          </span>
          <div className="row">
            <button
              type="button"
              className="btn btn--small btn--primary"
              disabled={isBusy}
              onClick={() => encryptPlainBackups(backups)}
            >
              Encrypt {backups.length === 1 ? 'it' : 'them'}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={isBusy}
              onClick={() => setIsConfirmingRemove(true)}
            >
              Remove {backups.length === 1 ? 'it' : 'them'}…
            </button>
          </div>
        </div>
      </div>
      {isConfirmingRemove ? (
        <Dialog
          title="Remove the unencrypted backups?"
          onClose={() => setIsConfirmingRemove(false)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setIsConfirmingRemove(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn--danger-solid"
                onClick={() => {
                  setIsConfirmingRemove(false)
                  removePlainBackups(backups)
                }}
              >
                Remove {backups.length === 1 ? 'it' : `all ${backups.length}`}
              </button>
            </>
          }
        >
          <p>
            {some} from before the clinic’s records were encrypted will be deleted from the backups
            folder. The encrypted backups are kept. This cannot be undone.
          </p>
        </Dialog>
      ) : null}
    </>
  )
}

/** The automatic backups on disk, each restorable. */
export function AutomaticBackups() {
  const { restoreAutomatic, isBusy, isSealed, automaticVersion } = useBackupActions()
  const state = useAutomaticBackups(automaticVersion)

  if (state.status === 'loading') return <p className="muted">Looking for automatic backups…</p>
  if (state.status === 'unavailable') {
    return (
      <p className="muted small">
        Automatic backups are written by the Racepoint desktop app. In a browser, use Back up now
        and keep the file somewhere safe.
      </p>
    )
  }
  if (state.status === 'failed') {
    return (
      <div className="alert alert--danger" role="alert">
        <Icon name="alert" />
        The automatic backups could not be listed: {state.message}
      </div>
    )
  }
  const { folder, backups } = state.list
  return (
    <div className="stack">
      <p className="muted small">
        Saved every 15 minutes while records change and when Racepoint closes, in{' '}
        <code>{folder}</code>. Racepoint keeps the latest three, one a day for a week, one a week
        for a month and one a month for a year, and the last ten copies made before a restore.
      </p>
      {isSealed && backups.some((b) => !b.isSealed) ? (
        <PlainBackupsNotice backups={backups.filter((b) => !b.isSealed)} />
      ) : null}
      {backups.length === 0 ? (
        <p className="muted">No automatic backups yet.</p>
      ) : (
        <div className="auto-backups">
          <table className="table" aria-label="Automatic backups">
            <thead>
              <tr>
                <th>Made</th>
                <th>Kind</th>
                {isSealed ? <th>Encrypted</th> : null}
                <th className="num">Size</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.name}>
                  <td>{describeMoment(b.createdAt)}</td>
                  <td>{KIND_LABELS[b.kind]}</td>
                  {isSealed ? <td>{b.isSealed ? 'Yes' : 'No'}</td> : null}
                  <td className="num">{formatBytes(b.size)}</td>
                  <td className="auto-backups__action">
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={isBusy}
                      aria-label={`Restore the backup of ${describeMoment(b.createdAt)}`}
                      onClick={() => restoreAutomatic(b)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
