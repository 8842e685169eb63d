import { Dialog } from './Dialog'
import { Icon } from './Icon'

export type DisclosureDialogProps = {
  title: string
  /** What the file holds, in a few words: "every session, with patients' names". */
  holds: string
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/**
 * Said before Racepoint writes a file that is not encrypted (a CSV export, a saved PDF): the
 * clinic's data is sealed everywhere else, so this file is a deliberate disclosure.
 */
export function DisclosureDialog({
  title,
  holds,
  confirmLabel,
  onConfirm,
  onClose
}: DisclosureDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="alert alert--warning">
        <Icon name="alert" />
        <div>
          <strong>This file is not encrypted.</strong> It holds {holds}, readable by anyone who can
          open the file. Racepoint saves it readable by your user account only and notes it in the
          audit trail; keep it somewhere safe and delete it when it is no longer needed.
        </div>
      </div>
    </Dialog>
  )
}
