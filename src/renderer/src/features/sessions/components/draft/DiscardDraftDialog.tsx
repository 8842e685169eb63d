import { Dialog } from '@renderer/components/Dialog'

export type DiscardDraftDialogProps = {
  isEdit: boolean
  onConfirm: () => void
  onClose: () => void
}

export function DiscardDraftDialog({ isEdit, onConfirm, onClose }: DiscardDraftDialogProps) {
  return (
    <Dialog
      title="Discard this draft?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" data-close="" onClick={onClose}>
            Keep it
          </button>
          <button type="button" className="btn btn--danger-solid" onClick={onConfirm}>
            Discard draft
          </button>
        </>
      }
    >
      <p>
        {isEdit
          ? 'The unsaved changes are deleted and the form goes back to the saved session.'
          : 'What was typed is deleted and the form starts again empty.'}{' '}
        Saved sessions are not affected.
      </p>
    </Dialog>
  )
}
