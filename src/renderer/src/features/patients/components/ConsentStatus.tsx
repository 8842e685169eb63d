import { formatDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import { Icon } from '@renderer/components/Icon'

export type ConsentStatusProps = { patient: Pick<Patient, 'consent'> }

/** Whether needling consent is on file, written or verbal, and since when. */
export function ConsentStatus({ patient }: ConsentStatusProps) {
  const { consent } = patient
  if (!consent.isOnFile) {
    return (
      <span className="badge badge--danger">
        <Icon name="alert" size={13} /> No needling consent on file
      </span>
    )
  }
  return (
    <span className="badge badge--success">
      <Icon name="check" size={13} /> {consent.isWritten ? 'Written consent' : 'Verbal consent'}
      {consent.date ? ` on file since ${formatDate(consent.date)}` : ' on file'}
    </span>
  )
}
