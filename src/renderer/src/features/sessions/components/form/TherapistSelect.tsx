import type { Settings } from '@shared/domain/settings'
import type { TherapistRef } from '@shared/domain/session'

export type TherapistSelectProps = {
  settings: Settings
  value: TherapistRef | null
  onChange: (therapist: TherapistRef | null) => void
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/** The clinic's active therapists; one who has left stays shown when already chosen. */
export function TherapistSelect({ settings, value, onChange, ...rest }: TherapistSelectProps) {
  const active = settings.therapists.filter((t) => t.isActive)
  const isListed = value !== null && active.some((t) => t.id === value.id)
  return (
    <select
      className="select"
      {...rest}
      value={value?.id ?? ''}
      onChange={(e) => {
        const chosen = settings.therapists.find((t) => t.id === e.target.value)
        onChange(chosen ? { id: chosen.id, name: chosen.name } : null)
      }}
    >
      <option value="">Choose…</option>
      {active.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
          {t.credentials ? `, ${t.credentials}` : ''}
        </option>
      ))}
      {value && !isListed ? <option value={value.id}>{value.name} (inactive)</option> : null}
    </select>
  )
}
