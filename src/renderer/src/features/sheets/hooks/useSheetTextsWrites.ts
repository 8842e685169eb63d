import { useCallback } from 'react'
import type { Settings } from '@shared/domain/settings'
import type { SheetTexts } from '@shared/domain/sheet/texts'
import type { SettingsChange } from '@renderer/db/repositories/settings'
import { useGuardedSave } from '@renderer/lib/guardedSave'
import { useRepositories } from '@renderer/lib/data'
import { useFormWrite } from '@renderer/lib/writes'

const label = (path: string): string => `Sheet text: ${path.replace(/^sheet\./, '')}`

/**
 * Saving the clinic's own sheet texts, never over texts changed elsewhere since the section
 * opened without showing them (`dialog`).
 */
export function useSheetTextsWrites(settings: Settings, onTheirs: (texts: SheetTexts) => void) {
  const repositories = useRepositories()
  const { submit, errors, isSaving } = useFormWrite()
  const write = useCallback(
    (change: SettingsChange, expectedUpdatedAt: string | null) =>
      repositories.settings.update(change, { expectedUpdatedAt }),
    [repositories]
  )
  const guarded = useGuardedSave(write, {
    what: 'The sheet texts',
    base: settings,
    label,
    onTheirs: (current) => onTheirs(current.sheet)
  })
  const saveTexts = (sheet: SheetTexts) =>
    submit(() => guarded.save({ sheet }), { success: 'Sheet texts saved' })
  return { saveTexts, errors, isSaving, dialog: guarded.dialog }
}
