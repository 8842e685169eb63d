import { useState } from 'react'
import { useRepositories } from '../../../app/DataProvider'
import { useNotify } from '../../../components/Toasts'
import type { SettingsChange } from '../../../db/repositories/settings'

/** Saving one settings section: field errors from validation, a confirmation when saved. */
export function useSettingsSave() {
  const { settings } = useRepositories()
  const notify = useNotify()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isSaving, setIsSaving] = useState(false)

  async function save(change: SettingsChange, successMessage = 'Settings saved'): Promise<boolean> {
    setIsSaving(true)
    const result = await settings.update(change)
    setIsSaving(false)
    if (!result.ok) {
      setErrors(result.error.kind === 'validation' ? result.error.fields : {})
      notify(result.error.message, { isError: true })
      return false
    }
    setErrors({})
    notify(successMessage)
    return true
  }

  return { save, errors, isSaving }
}
