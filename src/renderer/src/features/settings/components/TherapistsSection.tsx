import { useState, type FormEvent } from 'react'
import type { Settings, Therapist } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { newId } from '@shared/ids'
import { useSettingsWrites } from '../hooks/useSettingsWrites'
import { usePassphraseWrites } from '../hooks/usePassphraseWrites'
import { useNotify } from '@renderer/components/Toasts'

/**
 * The clinic's therapists. Sessions name who treated, so a therapist who leaves is made
 * inactive rather than deleted: their past sessions keep their name.
 */
export function TherapistsSection({
  settings,
  isOwner
}: {
  settings: Settings
  /** Only the clinic's owner adds therapists, changes them and sets their passphrases. */
  isOwner: boolean
}) {
  const passphrases = usePassphraseWrites()
  const notifyReset = useNotify()
  const [firstPassphrase, setFirstPassphrase] = useState('')
  const [passError, setPassError] = useState<string | null>(null)
  const [resetting, setResetting] = useState<Therapist | null>(null)
  const [resetPassphrase, setResetPassphrase] = useState('')
  const [resetError, setResetError] = useState<string | null>(null)
  const { save, errors, isSaving, dialog } = useSettingsWrites(settings, { isLive: true })
  const [name, setName] = useState('')
  const [credentials, setCredentials] = useState('')
  const [nameError, setNameError] = useState<string | null>(null)

  const update = (
    therapists: Therapist[],
    defaultTherapistId = settings.defaultTherapistId,
    message?: string
  ) => save({ therapists, defaultTherapistId }, message)

  const handleAdd = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    if (!name.trim()) return setNameError('Enter the therapist’s name')
    setNameError(null)
    if (!firstPassphrase) return setPassError('Set a first passphrase: they change it later')
    const therapist: Therapist = {
      id: newId(),
      name: name.trim(),
      credentials: credentials.trim(),
      isActive: true
    }
    const saved = await update(
      [...settings.therapists, therapist],
      settings.defaultTherapistId ?? therapist.id,
      `${therapist.name} added`
    )
    if (saved.ok) {
      const set = await passphrases.setFor(therapist.id, firstPassphrase, true)
      if (!set.ok) {
        setPassError(
          set.error.kind === 'validation'
            ? (set.error.fields['passphrase'] ?? set.error.message)
            : set.error.message
        )
        return
      }
      setPassError(null)
      setFirstPassphrase('')
      setName('')
      setCredentials('')
    }
  }

  const toggleActive = (t: Therapist): void => {
    const therapists = settings.therapists.map((x) =>
      x.id === t.id ? { ...x, isActive: !x.isActive } : x
    )
    const nextDefault =
      settings.defaultTherapistId === t.id && t.isActive
        ? (therapists.find((x) => x.isActive)?.id ?? null)
        : settings.defaultTherapistId
    void update(
      therapists,
      nextDefault,
      t.isActive ? `${t.name} marked inactive` : `${t.name} is active again`
    )
  }

  return (
    <section className="card settings-section" aria-labelledby="therapists-title">
      <div className="settings-section__intro">
        <h2 id="therapists-title">Therapists</h2>
        <p>
          Each session records the treating therapist. The default is prefilled on new sessions.
        </p>
      </div>
      <div className="stack">
        {settings.therapists.length === 0 ? <p className="muted">No therapists yet.</p> : null}
        <table className="table" aria-label="Therapists">
          <thead>
            <tr>
              <th>Name</th>
              <th>Credentials</th>
              <th>Default</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {settings.therapists.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td className="muted">{t.credentials || '–'}</td>
                <td>
                  <input
                    type="radio"
                    name="default-therapist"
                    aria-label={`Make ${t.name} the default`}
                    checked={settings.defaultTherapistId === t.id}
                    disabled={!t.isActive || isSaving}
                    onChange={() =>
                      void update(settings.therapists, t.id, `${t.name} is now the default`)
                    }
                  />
                </td>
                <td>
                  {isOwner ? (
                    <div className="row" style={{ gap: 6 }}>
                      <button
                        type="button"
                        className="btn btn--small"
                        disabled={isSaving || t.id === settings.ownerId}
                        onClick={() => toggleActive(t)}
                      >
                        {t.isActive ? 'Mark inactive' : 'Make active'}
                      </button>
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => {
                          setResetting(t)
                          setResetPassphrase('')
                          setResetError(null)
                        }}
                      >
                        Set passphrase…<span className="visually-hidden"> for {t.name}</span>
                      </button>
                    </div>
                  ) : t.isActive ? (
                    'Active'
                  ) : (
                    'Inactive'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {errors['therapists'] ? <p className="field__error">{errors['therapists']}</p> : null}
        {resetting ? (
          <form
            autoComplete="off"
            className="row"
            style={{ alignItems: 'flex-end' }}
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              void passphrases.setFor(resetting.id, resetPassphrase).then((set) => {
                if (set.ok) {
                  setResetting(null)
                  notifyReset(`${resetting.name}’s passphrase is set`)
                } else
                  setResetError(
                    set.error.kind === 'validation'
                      ? (set.error.fields['passphrase'] ?? set.error.message)
                      : set.error.message
                  )
              })
            }}
          >
            <Field
              label={`New passphrase for ${resetting.name}`}
              error={resetError ?? undefined}
              className="grow"
            >
              <input
                className="input"
                type="password"
                autoComplete="new-password"
                value={resetPassphrase}
                onChange={(e) => setResetPassphrase(e.target.value)}
              />
            </Field>
            <button type="button" className="btn" onClick={() => setResetting(null)}>
              Cancel
            </button>
            <button type="submit" className="btn btn--primary">
              Set passphrase
            </button>
          </form>
        ) : null}
        {!isOwner ? (
          <p className="muted small">
            Only the clinic’s owner adds therapists and sets their passphrases.
          </p>
        ) : (
          <form
            autoComplete="off"
            className="row"
            style={{ alignItems: 'flex-end' }}
            onSubmit={(e) => void handleAdd(e)}
            noValidate
          >
            <Field label="New therapist" error={nameError ?? undefined} className="grow">
              <input
                className="input"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="Full name"
              />
            </Field>
            <Field label="Credentials" className="grow">
              <input
                className="input"
                value={credentials}
                onChange={(e) => setCredentials(e.target.value)}
                placeholder="e.g. DPT, Cert. DN"
              />
            </Field>
            <Field label="Their first passphrase" error={passError ?? undefined} className="grow">
              <input
                className="input"
                type="password"
                autoComplete="new-password"
                value={firstPassphrase}
                onChange={(e) => setFirstPassphrase(e.target.value)}
              />
            </Field>
            <button type="submit" className="btn" disabled={isSaving}>
              Add therapist
            </button>
          </form>
        )}
      </div>
      {dialog}
    </section>
  )
}
