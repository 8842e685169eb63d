import { useState } from 'react'
import { fullName, type Patient } from '@shared/domain/patient'
import { Dialog } from '@renderer/components/Dialog'
import { usePatientRelated } from '../hooks/usePatients'
import { relatedText } from '../model/related'

export type DeletePatientDialogProps = {
  patient: Patient
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Moving a patient to the trash is deliberate: the dialog names them and what goes with them. */
export function DeletePatientDialog({ patient, onConfirm, onClose }: DeletePatientDialogProps) {
  const related = usePatientRelated(patient.id)
  const [isBusy, setIsBusy] = useState(false)
  const name = fullName(patient)
  return (
    <Dialog
      title={`Delete ${name}?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--danger-solid"
            disabled={related === undefined || isBusy}
            onClick={() => {
              setIsBusy(true)
              void onConfirm().finally(() => setIsBusy(false))
            }}
          >
            Move to trash
          </button>
        </>
      }
    >
      <div className="stack">
        <p>
          {related === undefined ? (
            <>Counting {name}’s records…</>
          ) : (
            <>
              {name} goes to the trash with <strong>{relatedText(related)}</strong>.
            </>
          )}
        </p>
        <p className="muted">
          You can restore them from the Trash. Nothing is gone for good until you delete it there.
        </p>
      </div>
    </Dialog>
  )
}
