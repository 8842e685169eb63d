import { formatDateTime } from '@shared/dates'
import { Icon } from '@renderer/components/Icon'

export type DraftRestoredNoteProps = { savedAt: string; onDiscard: () => void }

export function DraftRestoredNote({ savedAt, onDiscard }: DraftRestoredNoteProps) {
  return (
    <div className="alert alert--info draft-note" role="status">
      <Icon name="info" />
      <span className="grow">
        <strong>Draft restored.</strong> What was typed up to {formatDateTime(new Date(savedAt))} is
        back; nothing has been saved to the record yet.
      </span>
      <button type="button" className="btn btn--small" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  )
}
