import { useState, type FormEvent } from 'react'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { useAuth } from '@renderer/lib/auth'
import { useSignInSetup } from '../hooks/useSignInSetup'

export type RecoveryFormProps = { settings: Settings; onCancel: () => void }

/** The recovery code sets a new passphrase for the clinic's owner. */
export function RecoveryForm({ settings, onCancel }: RecoveryFormProps) {
  const auth = useAuth()
  const { recover } = useSignInSetup()
  const owner = settings.therapists.find((t) => t.id === settings.ownerId)
  const [code, setCode] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isBusy, setIsBusy] = useState(false)

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isBusy || !owner) return
    setIsBusy(true)
    const result = await recover(code, passphrase)
    if (!result.ok) {
      setIsBusy(false)
      const fields = result.error.kind === 'validation' ? result.error.fields : {}
      return setErrors(
        fields['passphrase'] ? { passphrase: fields['passphrase'] } : { code: result.error.message }
      )
    }
    await auth.signIn(owner.id, passphrase)
  }

  return (
    <div className="signin">
      <main className="card signin__card" aria-labelledby="recover-title">
        <h1 id="recover-title">Use the recovery code</h1>
        <p className="muted">
          The code kept when the clinic was protected sets a new passphrase for its owner
          {owner ? `, ${owner.name}` : ''}.
        </p>
        <form
          autoComplete="off"
          onSubmit={(e) => void handleSubmit(e)}
          noValidate
          className="stack"
        >
          <Field label="Recovery code" error={errors['code']}>
            <input
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
          <Field label="New passphrase for the owner" error={errors['passphrase']}>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </Field>
          <div className="row">
            <button type="button" className="btn" onClick={onCancel}>
              Back to sign-in
            </button>
            <button type="submit" className="btn btn--primary" disabled={isBusy}>
              {isBusy ? 'Checking…' : 'Set passphrase and sign in'}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
