import { formatBytes } from '../model/describe'
import { useStorageStatus } from '../hooks/useStorageStatus'

export type StorageStatusLineProps = { version: number }

/** Space the clinic's data takes and whether the system may clear it to free disk space. */
export function StorageStatusLine({ version }: StorageStatusLineProps) {
  const status = useStorageStatus(version)
  if (!status) return null
  const use =
    status.usage === null
      ? 'Storage use is not reported here.'
      : `Using ${formatBytes(status.usage)}${status.quota ? ` of ${formatBytes(status.quota)} available` : ''}.`
  return (
    <dl className="storage-status" aria-label="Storage">
      <div>
        <dt>Storage</dt>
        <dd>{use}</dd>
      </div>
      <div>
        <dt>Persistent</dt>
        <dd>
          {status.isPersisted === true ? (
            <span className="badge badge--success">Yes</span>
          ) : status.isPersisted === false ? (
            <span className="badge badge--warning">Not granted</span>
          ) : (
            <span className="badge">Unknown</span>
          )}{' '}
          <span className="muted small">
            {status.isPersisted
              ? 'The system will not clear Racepoint’s data to free disk space.'
              : 'Under low disk space the system could clear the data: keep backups.'}
          </span>
        </dd>
      </div>
    </dl>
  )
}
