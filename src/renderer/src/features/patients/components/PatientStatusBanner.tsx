import { formatDate } from '@shared/dates'
import { fullName, type Patient } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { usePatientWrites } from '../hooks/usePatientWrites'

export type PatientStatusBannerProps = { patient: Patient }

/** Says when a patient is archived or in the trash, with the way back. */
export function PatientStatusBanner({ patient }: PatientStatusBannerProps) {
  const writes = usePatientWrites()
  const name = fullName(patient)
  if (patient.status === 'active') return null
  const isTrashed = patient.status === 'trashed'
  const since = isTrashed ? patient.trashedAt : patient.archivedAt
  return (
    <div className={`alert ${isTrashed ? 'alert--danger' : 'alert--info'} status-banner`}>
      <Icon name={isTrashed ? 'trash' : 'archive'} />
      <span className="grow">
        {isTrashed ? (
          <>
            <strong>{name} is in the trash</strong>
            {since ? ` since ${formatDate(new Date(since))}` : ''}. Restore them to log sessions or
            change the record. <Link to={{ name: 'trash' }}>Open the trash</Link>
          </>
        ) : (
          <>
            <strong>{name} is archived</strong>
            {since ? ` since ${formatDate(new Date(since))}` : ''}, so they are hidden from the
            patient list. Their record is kept as it was.
          </>
        )}
      </span>
      <button
        type="button"
        className="btn btn--small"
        onClick={() =>
          void (isTrashed ? writes.restoreFromTrash(patient) : writes.unarchive(patient))
        }
      >
        {isTrashed ? 'Restore from trash' : 'Restore from archive'}
      </button>
    </div>
  )
}
