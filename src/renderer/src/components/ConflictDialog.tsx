import type { ConflictRow } from '@shared/changes'
import { Dialog } from './Dialog'

export type ConflictDialogProps = {
  /** What changed: "This patient", "This session". */
  what: string
  /** When the other change was saved, in words. */
  savedAt: string
  rows: readonly ConflictRow[]
  onSaveMerged: () => void
  onUseTheirs: () => void
  onClose: () => void
  isBusy?: boolean
}

/**
 * Another window saved the same record while this form was open. Nothing was overwritten:
 * the therapist sees what changed there and chooses.
 */
export function ConflictDialog({
  what,
  savedAt,
  rows,
  onSaveMerged,
  onUseTheirs,
  onClose,
  isBusy = false
}: ConflictDialogProps) {
  const hasBoth = rows.some((row) => row.mine !== null)
  return (
    <Dialog
      title={`${what} was changed elsewhere`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-close>
            Keep editing
          </button>
          <button type="button" className="btn" onClick={onUseTheirs} disabled={isBusy}>
            Discard my changes
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={onSaveMerged}
            disabled={isBusy}
          >
            {hasBoth ? 'Save mine where we differ' : 'Save, keeping their changes'}
          </button>
        </>
      }
    >
      <div className="stack">
        <p>
          While this form was open, another window saved changes ({savedAt}). Nothing has been
          overwritten. Their changes:
        </p>
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved elsewhere</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.theirs}</td>
                <td>{row.mine ?? <span className="muted">unchanged</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted small">
          {hasBoth
            ? 'Saving keeps their other changes and puts your value where you both changed the same field.'
            : 'Saving keeps their changes and adds yours.'}
        </p>
      </div>
    </Dialog>
  )
}
