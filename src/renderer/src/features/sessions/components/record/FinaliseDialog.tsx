import { useState } from 'react'
import type { Session, TherapistRef } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { Dialog } from '@renderer/components/Dialog'
import { Field } from '@renderer/components/Field'
import { TherapistSelect } from '../form/TherapistSelect'

export type FinaliseDialogProps = {
  session: Session
  settings: Settings
  isBusy: boolean
  onConfirm: (by: TherapistRef) => void
  onClose: () => void
}

/** Signing makes the record read-only: later changes become dated amendments. */
export function FinaliseDialog({
  session,
  settings,
  isBusy,
  onConfirm,
  onClose
}: FinaliseDialogProps) {
  const [by, setBy] = useState<TherapistRef | null>(session.therapist)
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <Dialog
      title="Finalise and sign this session?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" data-close="" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={isBusy}
            onClick={() => (by ? onConfirm(by) : setError('Choose who signs'))}
          >
            Finalise and sign
          </button>
        </>
      }
    >
      <div className="stack">
        <p>
          A signed session can no longer be edited. Corrections are added as dated amendments, and
          the signed record stays visible.
        </p>
        <Field label="Signed by" error={error}>
          <TherapistSelect settings={settings} value={by} onChange={setBy} />
        </Field>
      </div>
    </Dialog>
  )
}
