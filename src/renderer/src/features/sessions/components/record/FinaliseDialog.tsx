import { useState } from 'react'
import type { Session, TherapistRef } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { Dialog } from '@renderer/components/Dialog'
import { Field } from '@renderer/components/Field'
import { useAuth, useSignedIn } from '@renderer/lib/auth'

export type FinaliseDialogProps = {
  session: Session
  settings: Settings
  isBusy: boolean
  onConfirm: (by: TherapistRef) => void
  onClose: () => void
}

/**
 * Signing makes the record read-only: later changes become dated amendments. A signature is
 * a deliberate act of the signed-in therapist: their passphrase is asked for again
 * (HIPAA 164.312(d) person authentication).
 */
export function FinaliseDialog({ session, isBusy, onConfirm, onClose }: FinaliseDialogProps) {
  const me = useSignedIn()
  const { confirm } = useAuth()
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [isChecking, setIsChecking] = useState(false)

  const sign = async (): Promise<void> => {
    if (isChecking) return
    if (!passphrase) return setError('Enter your passphrase to sign')
    setIsChecking(true)
    const confirmed = await confirm(passphrase)
    setIsChecking(false)
    if (!confirmed.ok) {
      setPassphrase('')
      return setError(confirmed.error.message)
    }
    onConfirm(me)
  }

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
            disabled={isBusy || isChecking}
            onClick={() => void sign()}
          >
            {isChecking ? 'Checking…' : 'Finalise and sign'}
          </button>
        </>
      }
    >
      <form
        autoComplete="off"
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void sign()
        }}
      >
        <p>
          A signed session can no longer be edited. Corrections are added as dated amendments, and
          the signed record stays visible.
        </p>
        <p>
          Signed by <strong>{me.name}</strong>
          {session.therapist.id !== me.id ? ` (treated by ${session.therapist.name})` : ''}.
        </p>
        <Field label="Your passphrase" error={error}>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.target.value)
              setError(undefined)
            }}
          />
        </Field>
      </form>
    </Dialog>
  )
}
