import { useState } from 'react'
import { formatDate } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import { useTrashedPatients, type TrashedPatient } from '../hooks/usePatients'
import { usePatientWrites } from '../hooks/usePatientWrites'
import { initials } from '../model/format'
import { relatedText } from '../model/related'
import '../patients.css'

/** Patients moved to the trash: restore them, or delete them for good. */
export function TrashPage() {
  const trashed = useTrashedPatients()
  const writes = usePatientWrites()
  const [purging, setPurging] = useState<TrashedPatient | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const handleRestore = async (row: TrashedPatient): Promise<void> => {
    await writes.restoreFromTrash(row.patient)
  }

  const handlePurge = async (): Promise<void> => {
    if (!purging) return
    setIsBusy(true)
    const purged = await writes.purge(purging.patient)
    setIsBusy(false)
    if (purged.ok) setPurging(null)
  }

  return (
    <div className="page">
      <PageHeader
        title="Trash"
        subtitle="Deleted patients stay here, with their sessions and races, until you restore them or delete them forever."
        actions={
          <Link to={{ name: 'patients' }} className="btn">
            <Icon name="chevronLeft" size={16} /> Patients
          </Link>
        }
      />
      <div className="card">
        {trashed === undefined ? (
          <div className="card__body" aria-busy="true" />
        ) : trashed.length === 0 ? (
          <div className="empty-state">
            <h2>The trash is empty</h2>
            <p>Patients you delete wait here, so a slip of the mouse never loses a record.</p>
          </div>
        ) : (
          <ul className="list" aria-label="Patients in the trash">
            {trashed.map((row) => (
              <li key={row.patient.id} className="list-row trash-row">
                <span className="avatar" aria-hidden="true">
                  {initials(row.patient)}
                </span>
                <div className="grow">
                  <Link
                    className="trash-row__name"
                    to={{ name: 'patient', patientId: row.patient.id, tab: 'overview' }}
                  >
                    {fullName(row.patient)}
                  </Link>
                  <div className="muted small">
                    {row.patient.trashedAt
                      ? `Moved to the trash ${formatDate(new Date(row.patient.trashedAt))}`
                      : 'In the trash'}{' '}
                    · {relatedText(row)}
                  </div>
                </div>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={`Restore ${fullName(row.patient)}`}
                  onClick={() => void handleRestore(row)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  aria-label={`Delete ${fullName(row.patient)} forever…`}
                  onClick={() => setPurging(row)}
                >
                  Delete forever…
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {purging ? (
        <Dialog
          title={`Delete ${fullName(purging.patient)} forever?`}
          onClose={() => setPurging(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setPurging(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn--danger-solid"
                disabled={isBusy}
                onClick={() => void handlePurge()}
              >
                Delete forever
              </button>
            </>
          }
        >
          <div className="stack">
            <p>
              This deletes {fullName(purging.patient)}’s record with {relatedText(purging)}.
            </p>
            <div className="alert alert--danger">
              <Icon name="alert" />
              <span>This cannot be undone. Only a backup made before now would still hold it.</span>
            </div>
          </div>
        </Dialog>
      ) : null}
    </div>
  )
}
