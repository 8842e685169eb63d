import { useState, type FormEvent } from 'react'
import { Field } from '@renderer/components/Field'
import { RECOVERY_ID } from '@shared/domain/auth/credential'
import { normaliseRecoveryCode } from '@shared/domain/auth/hash'
import type { SealedHeader } from '../model/file/sealedFormat'

export type UnlockBackupFormProps = {
  header: SealedHeader
  /** Why the last try did not open the backup, shown next to the field. */
  error: string | null
  isBusy: boolean
  onUnlock: (credentialId: string, secret: string) => void
  onEdit: () => void
}

export const UNLOCK_FORM_ID = 'unlock-backup'

/**
 * Opening a sealed backup on a computer that does not hold its clinic yet: the restorer picks
 * who they are from the therapists the backup names and types their passphrase, or uses the
 * clinic's recovery code.
 */
export function UnlockBackupForm({
  header,
  error,
  isBusy,
  onUnlock,
  onEdit
}: UnlockBackupFormProps) {
  const canUseRecovery = header.credentials.some((c) => c.id === RECOVERY_ID)
  const [who, setWho] = useState<string>(
    header.therapists[0]?.id ?? (canUseRecovery ? RECOVERY_ID : '')
  )
  const [secret, setSecret] = useState('')
  const isRecovery = who === RECOVERY_ID

  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault()
    if (isBusy || secret === '') return
    onUnlock(who, isRecovery ? normaliseRecoveryCode(secret) : secret)
  }

  return (
    <form id={UNLOCK_FORM_ID} className="stack" onSubmit={handleSubmit} aria-busy={isBusy}>
      <p>
        This backup is encrypted. To open it, choose who you are and type your Racepoint passphrase,
        or use the clinic’s recovery code.
      </p>
      <Field label="Who is restoring">
        <select
          className="input"
          value={who}
          onChange={(e) => {
            setWho(e.target.value)
            setSecret('')
            onEdit()
          }}
        >
          {header.therapists.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          {canUseRecovery ? <option value={RECOVERY_ID}>The clinic’s recovery code</option> : null}
        </select>
      </Field>
      <Field
        label={isRecovery ? 'Recovery code' : 'Passphrase'}
        error={error ?? undefined}
        hint={
          isRecovery
            ? 'As printed on the recovery sheet; case and dashes do not matter.'
            : undefined
        }
      >
        <input
          className="input"
          type={isRecovery ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(e) => {
            setSecret(e.target.value)
            if (error) onEdit()
          }}
        />
      </Field>
    </form>
  )
}
