import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { DEMO_SIGN_INS } from '@shared/demo/signIns'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { Logo } from '@renderer/components/Icon'
import { useAuth } from '@renderer/lib/auth'
import { useSignInSetup } from '../hooks/useSignInSetup'
import { ProtectClinicForm } from './ProtectClinicForm'
import { RecoveryForm } from './RecoveryForm'
import { RecoveryCodeCard } from './RecoveryCodeCard'
import { SealingProgress } from './SealingProgress'
import '../signin.css'

export type SignInScreenProps = { settings: Settings }

/**
 * Sign-in, and the lock screen: the clinic's name, who was signed in, and nothing of any
 * patient (the signed-in app is not rendered at all while this shows).
 */
export function SignInScreen({ settings }: SignInScreenProps) {
  const auth = useAuth()
  const { withPassphrase } = useSignInSetup()
  const locked = auth.state.status === 'locked' ? auth.state.therapist : null
  const [mode, setMode] = useState<'sign-in' | 'recover' | 'protect'>('sign-in')
  const therapists = useMemo(
    () => settings.therapists.filter((t) => t.isActive && withPassphrase?.has(t.id)),
    [settings.therapists, withPassphrase]
  )
  const [therapistId, setTherapistId] = useState(locked?.id ?? '')
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const passRef = useRef<HTMLInputElement>(null)
  const chosen = therapistId || therapists[0]?.id || ''
  const isDemo = settings.ownerId === DEMO_SIGN_INS[0].therapistId

  useEffect(() => {
    document.title = locked ? 'Racepoint: locked' : 'Racepoint: sign in'
    return () => {
      document.title = 'Racepoint'
    }
  }, [locked])

  if (withPassphrase === undefined) return <div className="splash" aria-busy="true" />
  // A clinic without any passphrase is protected first; the form stays (to show the recovery
  // code) after the passphrase it sets appears.
  if (withPassphrase.size === 0 && mode !== 'protect') setMode('protect')
  if (mode === 'protect' || withPassphrase.size === 0)
    return <ProtectClinicForm settings={settings} />
  if (mode === 'recover')
    return <RecoveryForm settings={settings} onCancel={() => setMode('sign-in')} />
  if (auth.sealed) {
    return (
      <div className="signin">
        <main className="card signin__card" aria-labelledby="code-title">
          <p className="alert alert--info" role="status">
            The clinic’s records are now encrypted on this computer. A new recovery code was made
            with the clinic’s new key; the old code no longer opens anything.
          </p>
          <RecoveryCodeCard code={auth.sealed.code} onDone={auth.finishSealing} />
        </main>
      </div>
    )
  }

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isBusy || !chosen) return
    if (passphrase === '') {
      setError('Enter your passphrase')
      passRef.current?.focus()
      return
    }
    setIsBusy(true)
    const result = locked
      ? await auth.unlock(chosen, passphrase)
      : await auth.signIn(chosen, passphrase)
    setIsBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      setPassphrase('')
      passRef.current?.focus()
    }
  }

  return (
    <div className="signin">
      <main className="card signin__card" aria-labelledby="signin-title">
        <div className="signin__brand">
          <Logo /> Racepoint
        </div>
        <h1 id="signin-title">{settings.clinic.name || 'Your clinic'}</h1>
        {locked ? (
          <p className="signin__locked" role="status">
            Locked. <strong>{locked.name}</strong> was signed in; what was open is kept until they
            come back.
          </p>
        ) : (
          <p className="muted">Sign in to open the clinic’s records.</p>
        )}
        <form
          autoComplete="off"
          onSubmit={(e) => void handleSubmit(e)}
          noValidate
          className="stack"
        >
          <Field label={locked ? 'Therapist (choose another to switch therapist)' : 'Therapist'}>
            <select
              className="select"
              value={chosen}
              onChange={(e) => {
                setTherapistId(e.target.value)
                setError(null)
              }}
            >
              {therapists.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Passphrase" error={error ?? undefined}>
            <input
              ref={passRef}
              className="input"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value)
                if (error) setError(null)
              }}
            />
          </Field>
          <button type="submit" className="btn btn--primary" disabled={isBusy}>
            {isBusy ? 'Checking…' : locked ? 'Unlock' : 'Sign in'}
          </button>
        </form>
        {auth.sealing ? <SealingProgress progress={auth.sealing} /> : null}
        <button type="button" className="signin__recover" onClick={() => setMode('recover')}>
          Forgot every passphrase? Use the recovery code
        </button>
        {isDemo ? (
          <div className="alert alert--info signin__demo" role="note" aria-label="Demo sign-in">
            <span>
              Demo clinic: sign in as{' '}
              {DEMO_SIGN_INS.map((d, i) => (
                <span key={d.therapistId}>
                  {i > 0 ? ' or ' : ''}
                  <strong>{d.name}</strong> with <code>{d.passphrase}</code>
                </span>
              ))}
              .
            </span>
          </div>
        ) : null}
      </main>
    </div>
  )
}
