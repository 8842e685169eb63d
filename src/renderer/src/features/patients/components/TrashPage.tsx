import { useState } from 'react'
import { dayOf, formatDate, toLocalDateTime } from '@shared/dates'
import { isStillRetained } from '@shared/domain/rules/retention'
import type { Retention } from '@renderer/db/repositories/patients'
import { useClock } from '@renderer/lib/clock'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import { usePatientCount, useTrashedPatients, type TrashedPatient } from '../hooks/usePatients'
import { usePatientWrites } from '../hooks/usePatientWrites'
import { initials } from '../model/format'
import { relatedText } from '../model/related'
import '../patients.css'

/** Patients in the trash shown at first, and added each time more are asked for. */
export const TRASH_PAGE = 50

/** Why a patient in the trash cannot be deleted forever yet. */
function keptText({ signed, keptUntil, years }: Retention): string {
  const what = signed === 1 ? '1 signed session' : `${signed} signed sessions`
  return `Kept until ${keptUntil ? formatDate(keptUntil) : 'the retention period ends'}: ${what}, kept ${years} ${years === 1 ? 'year' : 'years'} after the last (Settings, Preferences).`
}

/** Patients moved to the trash: restore them, or delete them for good. */
export function TrashPage() {
  const [limit, setLimit] = useState(TRASH_PAGE)
  const trashed = useTrashedPatients(limit)
  const total = usePatientCount('trashed')
  const shown = trashed?.length ?? 0
  const hasMore = shown === limit && (total === undefined || total > shown)
  const today = dayOf(toLocalDateTime(useClock()()))
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
        subtitle="Deleted patients stay here, with their sessions and races, until you restore them or delete them forever. Signed sessions are kept for the clinic's retention period first."
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
            {trashed.map((row) => {
              const isKept = isStillRetained(row.retention.keptUntil, today)
              return (
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
                    {isKept ? (
                      <div className="muted small" id={`kept-${row.patient.id}`}>
                        {keptText(row.retention)}
                      </div>
                    ) : null}
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
                    aria-describedby={isKept ? `kept-${row.patient.id}` : undefined}
                    disabled={isKept}
                    onClick={() => setPurging(row)}
                  >
                    Delete <span className="visually-hidden">{fullName(row.patient)} </span>
                    forever…
                  </button>
                </li>
              )
            })}
          </ul>
        )}
        {hasMore ? (
          <div className="card__body row">
            <span className="muted small grow">
              {total === undefined
                ? `The first ${shown} shown, by name`
                : `${shown} of ${total} shown, by name`}
            </span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setLimit((n) => n + TRASH_PAGE)}
            >
              Show {TRASH_PAGE} more
            </button>
          </div>
        ) : null}
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
