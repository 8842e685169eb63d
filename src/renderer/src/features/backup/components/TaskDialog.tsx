import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import type { Progress } from '../model/progress'
import { ProgressBar } from './ProgressBar'

export type BackupTask = {
  title: string
  progress: Progress | null
  /** Set when the task failed; the dialog then stays until closed. */
  error: string | null
}

export type TaskDialogProps = { task: BackupTask; onClose: () => void }

/** A backup, export or last backup before closing, with its progress or what went wrong. */
export function TaskDialog({ task, onClose }: TaskDialogProps) {
  const isRunning = task.error === null
  return (
    <Dialog
      title={task.title}
      onClose={isRunning ? () => undefined : onClose}
      footer={
        isRunning ? null : (
          <button type="button" className="btn btn--primary" onClick={onClose}>
            Close
          </button>
        )
      }
    >
      {isRunning ? (
        <ProgressBar progress={task.progress} />
      ) : (
        <div className="alert alert--danger" role="alert">
          <Icon name="alert" />
          {task.error}
        </div>
      )}
    </Dialog>
  )
}
