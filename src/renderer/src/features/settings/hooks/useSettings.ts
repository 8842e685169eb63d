import { useLiveQuery } from 'dexie-react-hooks'
import type { Settings } from '@shared/domain/settings'
import { useRepositories } from '@renderer/lib/data'

/** The clinic's settings; undefined while loading. */
export function useSettings(): Settings | undefined {
  const { settings } = useRepositories()
  return useLiveQuery(() => settings.get(), [settings])
}
