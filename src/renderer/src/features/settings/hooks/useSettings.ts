import { useLiveQuery } from 'dexie-react-hooks'
import { useSyncExternalStore } from 'react'
import type { Settings } from '@shared/domain/settings'
import { useRepositories } from '@renderer/lib/data'

/**
 * The clinic's settings; undefined while loading. While locked, only what sign-in needs is
 * readable (the rest is sealed): they are read again when the key opens or closes.
 */
export function useSettings(): Settings | undefined {
  const { settings, auth } = useRepositories()
  const isOpen = useSyncExternalStore(auth.onKeyChange, auth.isOpen)
  return useLiveQuery(() => settings.get(), [settings, isOpen])
}
