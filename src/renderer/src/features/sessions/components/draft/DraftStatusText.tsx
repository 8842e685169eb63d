import { formatTime } from '@shared/dates'
import type { AutosaveStatus } from '../../model/autosaver'
import type { Store } from '../../model/formStore'
import { useStoreValue } from '../../hooks/useStoreValue'

export type DraftStatusTextProps = { status: Store<AutosaveStatus>; isRestored: boolean }

/** Where the draft stands, quietly: it changes as the therapist types. */
export function DraftStatusText({ status, isRestored }: DraftStatusTextProps) {
  const current = useStoreValue(status, (s) => s)
  switch (current.kind) {
    case 'idle':
      return (
        <span className="muted small">
          {isRestored ? 'Draft restored' : 'A draft is kept as you type'}
        </span>
      )
    case 'pending':
    case 'saving':
      return <span className="muted small">Saving draft…</span>
    case 'saved':
      return <span className="muted small">Draft saved {formatTime(current.at)}</span>
    case 'failed':
      return (
        <span className="field__error" role="alert">
          Draft not saved: {current.message}
        </span>
      )
  }
}
