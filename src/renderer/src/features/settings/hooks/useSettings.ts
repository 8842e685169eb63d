import { useLiveQuery } from 'dexie-react-hooks'
import type { Settings, Therapist } from '@shared/domain/settings'
import { useRepositories } from '../../../app/DataProvider'

/** The clinic's settings; undefined while loading. */
export function useSettings(): Settings | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(() => settings.get(), [settings])
}

/** The therapist a new session is prefilled with: the default, else the first active one. */
export function defaultTherapist(settings: Settings): Therapist | undefined {
  const active = settings.therapists.filter((t) => t.isActive)
  return active.find((t) => t.id === settings.defaultTherapistId) ?? active[0]
}
