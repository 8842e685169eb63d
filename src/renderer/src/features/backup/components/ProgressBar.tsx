import type { Progress, ProgressPhase } from '../model/progress'

export const PHASE_LABELS: Record<ProgressPhase, string> = {
  reading: 'Reading the clinic’s records',
  'writing-file': 'Writing the backup file',
  encrypting: 'Encrypting the backup',
  decrypting: 'Decrypting the backup',
  unlocking: 'Opening the clinic’s key',
  checking: 'Checking the backup',
  'saving-copy': 'Saving a copy of the current data',
  restoring: 'Restoring the backup',
  exporting: 'Exporting sessions'
}

export type ProgressBarProps = { progress: Progress | null; label?: string }

/** A labelled progress bar; indeterminate until the first report arrives. */
export function ProgressBar({ progress, label }: ProgressBarProps) {
  const percent =
    progress && progress.total > 0
      ? Math.min(100, Math.round((progress.done / progress.total) * 100))
      : null
  const text = label ?? (progress ? PHASE_LABELS[progress.phase] : 'Starting')
  return (
    <div className="progress">
      <div className="progress__label">
        <span>{text}…</span>
        <span className="num muted">{percent === null ? '' : `${percent}%`}</span>
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={text}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div
          className={`progress__fill ${percent === null ? 'progress__fill--waiting' : ''}`}
          style={{ width: `${percent ?? 30}%` }}
        />
      </div>
    </div>
  )
}
