import type { SettingsChange } from '@renderer/db/repositories/settings'
import { useRepositories } from '@renderer/lib/data'
import { useFormWrite } from '@renderer/lib/writes'

/** Saving one settings section: field errors from validation, a confirmation when saved. */
export function useSettingsWrites() {
  const { settings } = useRepositories()
  const { submit, errors, isSaving } = useFormWrite()
  const save = (change: SettingsChange, success = 'Settings saved') =>
    submit(() => settings.update(change), { success })
  return { save, errors, isSaving }
}
