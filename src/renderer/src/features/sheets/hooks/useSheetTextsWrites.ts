import type { SheetTexts } from '@shared/domain/sheet/texts'
import { useRepositories } from '@renderer/lib/data'
import { useFormWrite } from '@renderer/lib/writes'

/** Saving the clinic's own sheet texts. */
export function useSheetTextsWrites() {
  const { settings } = useRepositories()
  const { submit, errors, isSaving } = useFormWrite()
  const saveTexts = (sheet: SheetTexts) =>
    submit(() => settings.update({ sheet }), { success: 'Sheet texts saved' })
  return { saveTexts, errors, isSaving }
}
