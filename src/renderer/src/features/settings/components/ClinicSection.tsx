import { useState, type ChangeEvent, type FormEvent } from 'react'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { useSettingsWrites } from '../hooks/useSettingsWrites'

const MAX_LOGO_BYTES = 500 * 1024

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'))
    reader.readAsDataURL(file)
  })
}

export function ClinicSection({ settings }: { settings: Settings }) {
  const [clinic, setClinic] = useState(settings.clinic)
  const [logoError, setLogoError] = useState<string | null>(null)
  const { save, errors, isSaving, dialog } = useSettingsWrites(settings, {
    onTheirs: (current) => setClinic(current.clinic)
  })

  const set =
    (key: 'name' | 'address' | 'phone' | 'email') =>
    (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setClinic((c) => ({ ...c, [key]: e.target.value }))

  const handleLogo = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    if (!/^image\/(png|jpeg|svg\+xml|webp)$/.test(file.type))
      return setLogoError('Choose a PNG, JPEG, SVG or WebP image.')
    if (file.size > MAX_LOGO_BYTES)
      return setLogoError('That image is over 500 KB: choose a smaller one.')
    setLogoError(null)
    const dataUrl = await readAsDataUrl(file)
    setClinic((c) => ({ ...c, logoDataUrl: dataUrl }))
  }

  const handleSubmit = (e: FormEvent): void => {
    e.preventDefault()
    void save({ clinic }, 'Clinic details saved')
  }

  return (
    <section className="card settings-section" aria-labelledby="clinic-title">
      <div className="settings-section__intro">
        <h2 id="clinic-title">Clinic</h2>
        <p>Printed at the top of every take-home sheet, with how to reach you.</p>
      </div>
      <form autoComplete="off" onSubmit={handleSubmit} noValidate>
        <div className="form-grid">
          <Field label="Clinic name" error={errors['clinic.name']} isWide>
            <input className="input" value={clinic.name} onChange={set('name')} />
          </Field>
          <Field label="Address" error={errors['clinic.address']} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              rows={2}
              value={clinic.address}
              onChange={set('address')}
            />
          </Field>
          <Field label="Phone" error={errors['clinic.phone']}>
            <input className="input" type="tel" value={clinic.phone} onChange={set('phone')} />
          </Field>
          <Field label="Email" error={errors['clinic.email']}>
            <input className="input" type="email" value={clinic.email} onChange={set('email')} />
          </Field>
          <Field
            label="Logo"
            error={logoError ?? errors['clinic.logoDataUrl']}
            hint="PNG, JPEG, SVG or WebP, under 500 KB"
            isWide
          >
            <div className="logo-preview">
              {clinic.logoDataUrl ? (
                <img src={clinic.logoDataUrl} alt="Clinic logo" />
              ) : (
                <span className="muted">No logo</span>
              )}
              <input
                type="file"
                accept="image/png,image/jpeg,image/svg+xml,image/webp"
                aria-label="Choose logo image"
                onChange={(e) => void handleLogo(e)}
              />
              {clinic.logoDataUrl ? (
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => setClinic((c) => ({ ...c, logoDataUrl: null }))}
                >
                  Remove logo
                </button>
              ) : null}
            </div>
          </Field>
        </div>
        <div className="settings-section__actions">
          <button type="submit" className="btn btn--primary" disabled={isSaving}>
            Save clinic details
          </button>
        </div>
      </form>
      {dialog}
    </section>
  )
}
