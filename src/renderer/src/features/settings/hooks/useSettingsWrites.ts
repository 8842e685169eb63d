import { useCallback } from 'react'
import type { Settings } from '@shared/domain/settings'
import type { SettingsChange } from '@renderer/db/repositories/settings'
import { useGuardedSave } from '@renderer/lib/guardedSave'
import { useRepositories } from '@renderer/lib/data'
import { useFormWrite } from '@renderer/lib/writes'
import { settingsLabel, settingsValue } from '../model/conflictLabels'

/**
 * Saving one settings section: field errors from validation, a confirmation when saved. A
 * save never overwrites settings changed elsewhere since the section opened: a change to
 * other fields is kept alongside, one to this section's fields is shown in `dialog` with a
 * choice. `onTheirs` puts the settings saved elsewhere into the section.
 */
export function useSettingsWrites(
  settings: Settings,
  { onTheirs, isLive }: { onTheirs?: (current: Settings) => void; isLive?: boolean } = {}
) {
  const repositories = useRepositories()
  const { submit, errors, isSaving } = useFormWrite()
  const write = useCallback(
    (change: SettingsChange, expectedUpdatedAt: string | null) =>
      repositories.settings.update(change, { expectedUpdatedAt }),
    [repositories]
  )
  const guarded = useGuardedSave(write, {
    what: 'The clinic’s settings',
    base: settings,
    label: settingsLabel,
    format: settingsValue,
    onTheirs,
    isLive
  })
  const save = (change: SettingsChange, success = 'Settings saved') =>
    submit(() => guarded.save(change), { success })
  return { save, errors, isSaving, dialog: guarded.dialog }
}
