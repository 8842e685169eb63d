import type { AutosaveStatus } from '../../model/autosaver'
import type { Store } from '../../model/formStore'
import { useStoreValue } from '../../hooks/useStoreValue'

export type DiscardDraftButtonProps = {
  status: Store<AutosaveStatus>
  isRestored: boolean
  onClick: () => void
}

/** Offered once there is a draft to discard: restored, or written since the form opened. */
export function DiscardDraftButton({ status, isRestored, onClick }: DiscardDraftButtonProps) {
  const hasDraft = useStoreValue(status, (s) => s.kind !== 'idle')
  if (!hasDraft && !isRestored) return null
  return (
    <button type="button" className="btn" onClick={onClick}>
      Discard draft
    </button>
  )
}
