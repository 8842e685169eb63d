import { DEMO_SIGN_INS } from '@shared/demo/signIns'
import { useState, type FormEvent } from 'react'
import { Field } from '@renderer/components/Field'
import { UnitsSelect } from '@renderer/components/UnitsSelect'
import { Icon, Logo } from '@renderer/components/Icon'
import { navigate } from '@renderer/lib/router'
import { paperSizeForLocale } from '@shared/domain/settings'
import { useClinicSetup } from '../hooks/useClinicSetup'
import '../welcome.css'

export type WelcomeScreenProps = {
  /** Opens the restore dialog, for a clinic moving to this computer. */
  onRestore: () => void
}

/** First run: try the demo clinic, or set up an empty one. */
export function WelcomeScreen({ onRestore }: WelcomeScreenProps) {
  const setup = useClinicSetup()
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [clinicName, setClinicName] = useState('')
  const [therapistName, setTherapistName] = useState('')
  const [credentials, setCredentials] = useState('')
  const [units, setUnits] = useState<'km' | 'mi'>('km')

  // An error goes as soon as its field is filled in; a blank field is only refused on submit.
  const clearErrorWhenFilled = (field: string, value: string): void => {
    if (value.trim() && fieldErrors[field]) {
      setFieldErrors(({ [field]: _fixed, ...rest }) => rest)
    }
  }

  const handleLoadDemo = async (): Promise<void> => {
    setIsBusy(true)
    setError(null)
    const result = await setup.loadDemo()
    setIsBusy(false)
    if (!result.ok) return setError(result.error.message)
    navigate({ name: 'today' }, { replace: true })
  }

  const handleStartEmpty = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    if (!clinicName.trim()) errors['clinicName'] = 'Enter the clinic’s name'
    if (!therapistName.trim())
      errors['therapistName'] = 'Enter your name: sessions record who treated'
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0) return
    setIsBusy(true)
    const result = await setup.startEmpty({
      clinicName: clinicName.trim(),
      therapistName: therapistName.trim(),
      credentials: credentials.trim(),
      units,
      paperSize: paperSizeForLocale(navigator.language)
    })
    setIsBusy(false)
    if (!result.ok) return setError(result.error.message)
    navigate({ name: 'today' }, { replace: true })
  }

  return (
    <main className="welcome">
      <div className="welcome__inner">
        <div className="welcome__brand">
          <Logo size={44} />
          <div>
            <h1>Welcome to Racepoint</h1>
            <p className="muted">
              Log dry-needling sessions as they happen, follow each runner’s recovery against their
              race calendar, and hand out a clear take-home sheet. Everything stays on this
              computer.
            </p>
          </div>
        </div>
        {error ? (
          <div className="alert alert--danger" role="alert">
            <Icon name="alert" />
            {error}
          </div>
        ) : null}
        <div className="welcome__choices">
          <section className="card welcome__choice" aria-labelledby="demo-title">
            <div className="card__body stack">
              <h2 id="demo-title">Try the demo clinic</h2>
              <p className="muted">
                Riverside Running Physio: twelve runners with their race seasons, months of needling
                sessions, follow-ups and an adverse event or two. Nothing in it is real.
              </p>
              <ul className="welcome__list">
                <li>Marathoners tapering for an A race this month</li>
                <li>Screening precautions: anticoagulants, a pacemaker, needle phobia</li>
                <li>Pain trends that cross the clinically important line</li>
              </ul>
              <p className="small" aria-label="Demo sign-in">
                Sign in as{' '}
                {DEMO_SIGN_INS.map((d, i) => (
                  <span key={d.therapistId}>
                    {i > 0 ? ' or ' : ''}
                    <strong>{d.name}</strong> (passphrase <code>{d.passphrase}</code>)
                  </span>
                ))}
                .
              </p>
              <button
                type="button"
                className="btn btn--primary btn--large"
                disabled={isBusy}
                onClick={() => void handleLoadDemo()}
              >
                Load demo clinic
              </button>
            </div>
          </section>
          <section className="card welcome__choice" aria-labelledby="empty-title">
            <form
              autoComplete="off"
              className="card__body stack"
              onSubmit={(e) => void handleStartEmpty(e)}
              noValidate
            >
              <h2 id="empty-title">Start with your own clinic</h2>
              <Field label="Clinic name" error={fieldErrors['clinicName']}>
                <input
                  className="input"
                  value={clinicName}
                  onChange={(e) => {
                    setClinicName(e.target.value)
                    clearErrorWhenFilled('clinicName', e.target.value)
                  }}
                  autoComplete="organization"
                />
              </Field>
              <div className="grid-2">
                <Field label="Your name" error={fieldErrors['therapistName']}>
                  <input
                    className="input"
                    value={therapistName}
                    onChange={(e) => {
                      setTherapistName(e.target.value)
                      clearErrorWhenFilled('therapistName', e.target.value)
                    }}
                    autoComplete="name"
                  />
                </Field>
                <Field label="Credentials" hint="Optional, e.g. DPT">
                  <input
                    className="input"
                    value={credentials}
                    onChange={(e) => setCredentials(e.target.value)}
                  />
                </Field>
              </div>
              <Field label="Distances in">
                <UnitsSelect value={units} onChange={setUnits} />
              </Field>
              <button type="submit" className="btn btn--large" disabled={isBusy}>
                Start empty
              </button>
            </form>
          </section>
        </div>
        <p className="welcome__restore muted">
          Moving to a new computer?{' '}
          <button type="button" className="btn btn--small" disabled={isBusy} onClick={onRestore}>
            <Icon name="upload" />
            Restore from a backup…
          </button>
        </p>
      </div>
    </main>
  )
}
