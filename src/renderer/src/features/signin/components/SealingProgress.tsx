import type { SealProgress } from '@renderer/db/sealing/clinicStore'

export type SealingProgressProps = { progress: SealProgress | null }

/** How far encrypting the clinic's records has got: a labelled bar, announced as it moves. */
export function SealingProgress({ progress }: SealingProgressProps) {
  const percent =
    progress && progress.total > 0
      ? Math.min(100, Math.round((progress.done / progress.total) * 100))
      : null
  const label = 'Encrypting the clinic’s records'
  return (
    <div className="sealing" role="status">
      <div className="sealing__label">
        <span>{label}…</span>
        <span className="num muted">{percent === null ? '' : `${percent}%`}</span>
      </div>
      <div
        className="sealing__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="sealing__fill" style={{ width: `${percent ?? 5}%` }} />
      </div>
      <p className="muted">
        All of it is encrypted, or none: if this is interrupted, the records stay as they were and
        it starts again at the next sign-in.
      </p>
    </div>
  )
}
