import { useState, type FormEvent } from 'react'
import type { Settings, Therapist } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { newId } from '@shared/ids'
import { useSettingsWrites } from '../hooks/useSettingsWrites'

/**
 * The clinic's therapists. Sessions name who treated, so a therapist who leaves is made
 * inactive rather than deleted: their past sessions keep their name.
 */
export function TherapistsSection({ settings }: { settings: Settings }) {
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
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={isSaving}
                    onClick={() => toggleActive(t)}
                  >
                    {t.isActive ? 'Mark inactive' : 'Make active'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {errors['therapists'] ? <p className="field__error">{errors['therapists']}</p> : null}
        <form
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
          <button type="submit" className="btn" disabled={isSaving}>
            Add therapist
          </button>
        </form>
      </div>
      {dialog}
    </section>
  )
}
