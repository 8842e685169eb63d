import type { AutoBackupInfo } from '@shared/ipc'
import { Icon } from '@renderer/components/Icon'
import { describeMoment, formatBytes } from '../model/describe'
import { useAutomaticBackups } from '../hooks/useAutomaticBackups'
import { useBackupActions } from './BackupProvider'

const KIND_LABELS: Record<AutoBackupInfo['kind'], string> = {
  auto: 'Automatic',
  'before-restore': 'Before a restore'
}

/** The automatic backups on disk, each restorable. */
export function AutomaticBackups() {
  const { restoreAutomatic, isBusy, automaticVersion } = useBackupActions()
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
      {backups.length === 0 ? (
        <p className="muted">No automatic backups yet.</p>
      ) : (
        <div className="auto-backups">
          <table className="table" aria-label="Automatic backups">
            <thead>
              <tr>
                <th>Made</th>
                <th>Kind</th>
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
