import { useState, type FormEvent } from 'react'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { Logo } from '@renderer/components/Icon'
import { useAuth } from '@renderer/lib/auth'
import { useSignInSetup } from '../hooks/useSignInSetup'
import { RecoveryCodeCard } from './RecoveryCodeCard'
import { SealingProgress } from './SealingProgress'
import type { SealProgress } from '@renderer/db/sealing/clinicStore'
import '../signin.css'

/**
 * A clinic with no passphrase yet (just set up, or from before sign-in): its owner chooses
 * theirs, then keeps the recovery code, before any record opens.
 */
export function ProtectClinicForm({ settings }: { settings: Settings }) {
  const auth = useAuth()
  const { protect } = useSignInSetup()
  const active = settings.therapists.filter((t) => t.isActive)
  const [ownerId, setOwnerId] = useState(settings.ownerId ?? active[0]?.id ?? '')
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isBusy, setIsBusy] = useState(false)
  const [progress, setProgress] = useState<SealProgress | null>(null)
  const [done, setDone] = useState<{ code: string; dataKey: Uint8Array } | null>(null)

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isBusy || !ownerId) return
    if (passphrase !== again) return setErrors({ again: 'The two passphrases differ' })
    setIsBusy(true)
    const result = await protect(ownerId, passphrase, setProgress)
    setIsBusy(false)
    if (!result.ok) {
      const fields = result.error.kind === 'validation' ? result.error.fields : {}
      return setErrors(
        fields['passphrase']
          ? { passphrase: fields['passphrase'] }
          : { passphrase: result.error.message }
      )
    }
    setErrors({})
    setDone(result.value)
  }

  const owner = active.find((t) => t.id === ownerId)
  if (done && owner) {
    return (
      <div className="signin">
        <main className="card signin__card" aria-labelledby="code-title">
          <RecoveryCodeCard
            code={done.code}
            onDone={() => auth.enterSealed({ id: owner.id, name: owner.name }, done.dataKey)}
          />
        </main>
      </div>
    )
  }

  return (
    <div className="signin">
      <main className="card signin__card" aria-labelledby="protect-title">
        <div className="signin__brand">
          <Logo /> Racepoint
        </div>
        <h1 id="protect-title">Protect {settings.clinic.name || 'your clinic'}</h1>
        <p className="muted">
          Each therapist signs in with a passphrase of their own, so the record shows who did what.
          The therapist who owns the clinic sets theirs first, and adds the others in Settings.
        </p>
        <form
          autoComplete="off"
          onSubmit={(e) => void handleSubmit(e)}
          noValidate
          className="stack"
        >
          <Field label="The clinic’s owner">
            <select className="select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              {active.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label="Passphrase"
            error={errors['passphrase']}
            hint="At least 8 characters; a few words you will remember are best."
          >
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value)
                setErrors({})
              }}
            />
          </Field>
          <Field label="The same passphrase again" error={errors['again']}>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => {
                setAgain(e.target.value)
                setErrors({})
              }}
            />
          </Field>
          <button type="submit" className="btn btn--primary" disabled={isBusy}>
            {isBusy ? 'Protecting…' : 'Set passphrase'}
          </button>
          {isBusy && progress && progress.total > 0 ? (
            <SealingProgress progress={progress} />
          ) : null}
        </form>
      </main>
    </div>
  )
}
