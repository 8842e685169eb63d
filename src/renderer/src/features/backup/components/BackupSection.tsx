import { shortcutLabel } from '@shared/commands'
import { Icon } from '@renderer/components/Icon'
import { AutomaticBackups } from './AutomaticBackups'
import { useBackupActions } from './BackupProvider'
import { StorageStatusLine } from './StorageStatusLine'

const isMac = navigator.platform.toLowerCase().includes('mac')

/** Settings → Backups: back up, restore, export, the automatic backups and storage. */
export function BackupSection() {
  const { backUp, openRestore, exportCsv, exportMeasuresCsv, isBusy, automaticVersion } =
    useBackupActions()
  const shortcut = shortcutLabel('backup', isMac)
  return (
    <section className="card settings-section" aria-labelledby="backups-title">
      <div className="settings-section__intro">
        <h2 id="backups-title">Backups</h2>
        <p>
          A backup is one file holding every patient, session, race, measure and setting. Keep
          copies away from this computer: an encrypted USB drive or your clinic’s backup.
        </p>
      </div>
      <div className="stack stack--lg">
        <div className="backup-actions">
          <button type="button" className="btn btn--primary" disabled={isBusy} onClick={backUp}>
            <Icon name="download" />
            Back up now…
            {shortcut ? <kbd aria-hidden="true">{shortcut}</kbd> : null}
          </button>
          <button type="button" className="btn" disabled={isBusy} onClick={openRestore}>
            <Icon name="upload" />
            Restore from a file…
          </button>
          <button type="button" className="btn" disabled={isBusy} onClick={exportCsv}>
            <Icon name="download" />
            Export sessions to CSV…
          </button>
          <button type="button" className="btn" disabled={isBusy} onClick={exportMeasuresCsv}>
            <Icon name="download" />
            Export measures to CSV…
          </button>
        </div>
        <div className="stack">
          <h3>Automatic backups</h3>
          <AutomaticBackups />
        </div>
        <StorageStatusLine version={automaticVersion} />
      </div>
    </section>
  )
}
