import { formatTime } from '@shared/dates'
import type { Draft } from '@renderer/db/database'
import { Icon } from '@renderer/components/Icon'

export type DraftConflictNoticeProps = {
  /** The draft as the other window left it; null when it saved the session or discarded it. */
  current: Draft | null
  onKeepMine: () => void
  onUseTheirs: () => void
}

/**
 * Another window changed this form's draft while this one had typing of its own. Nothing is
 * written over the other version until the therapist chooses which to keep.
 */
export function DraftConflictNotice({
  current,
  onKeepMine,
  onUseTheirs
}: DraftConflictNoticeProps) {
  return (
    <div className="alert alert--warning" role="alert" aria-label="Changed in another window">
      <Icon name="alert" />
      <span className="grow">
        {current ? (
          <>
            <strong>This form is also open in another window,</strong> which kept its own version at{' '}
            {formatTime(new Date(current.updatedAt))}. Choose which to keep; until then nothing here
            is saved over it.
          </>
        ) : (
          <>
            <strong>Another window saved this session or discarded its draft.</strong> What you
            typed here is not kept until you choose to keep it.
          </>
        )}
      </span>
      {current ? (
        <button type="button" className="btn btn--small" onClick={onUseTheirs}>
          Use the other window’s version
        </button>
      ) : null}
      <button type="button" className="btn btn--small" onClick={onKeepMine}>
        Keep this window’s version
      </button>
    </div>
  )
}
