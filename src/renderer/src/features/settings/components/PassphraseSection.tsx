import { useState, type FormEvent } from 'react'
import { Field } from '@renderer/components/Field'
import { useNotify } from '@renderer/components/Toasts'
import { useSignedIn } from '@renderer/lib/auth'
import { usePassphraseWrites } from '../hooks/usePassphraseWrites'

/** The signed-in therapist's own passphrase. */
export function PassphraseSection() {
  const me = useSignedIn()
  const { changeOwn } = usePassphraseWrites()
  const notify = useNotify()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isBusy, setIsBusy] = useState(false)

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (isBusy) return
    if (next !== again) return setErrors({ again: 'The two passphrases differ' })
    setIsBusy(true)
    const result = await changeOwn(me.id, current, next)
    setIsBusy(false)
    setErrors(result.fields as Record<string, string>)
    if (result.ok) {
      setCurrent('')
      setNext('')
      setAgain('')
      notify('Passphrase changed')
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="passphrase-title">
      <div className="settings-section__intro">
        <h2 id="passphrase-title">Your passphrase</h2>
        <p>{me.name} signs in with it, and signs each finalised note with it.</p>
      </div>
      <form autoComplete="off" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <div className="form-grid">
          <Field label="Current passphrase" error={errors['current']}>
            <input
              className="input"
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </Field>
          <Field
            label="New passphrase"
            error={errors['next']}
            hint="At least 8 characters; a few words you will remember are best."
          >
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </Field>
          <Field label="The new passphrase again" error={errors['again']}>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </Field>
        </div>
        <div className="settings-section__actions">
          <button type="submit" className="btn btn--primary" disabled={isBusy}>
            {isBusy ? 'Checking…' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </section>
  )
}
