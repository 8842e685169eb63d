import { formatDateTime } from '@shared/dates'
import { HANDOUT_WAY_LABELS, type Handout } from '@shared/domain/sheet/content'
import { Icon } from '@renderer/components/Icon'

/** The version of the sheet handed out most recently, or null when none was given yet. */
export function lastGiven(handouts: readonly Handout[]): Handout | null {
  let latest: Handout | null = null
  let latestAt = ''
  for (const handout of handouts) {
    const at = handout.given[handout.given.length - 1]?.at ?? ''
    if (at >= latestAt) {
      latest = handout
      latestAt = at
    }
  }
  return latest
}

export type HandoutNoticeProps = {
  handouts: readonly Handout[]
  isAsGiven: boolean
  /** Today's texts or the session now make a different sheet from the one given. */
  hasChangedSince: boolean
  onShowToday: () => void
  onShowGiven: () => void
}

/** When the sheet was first given, and which version the page shows. */
export function HandoutNotice({
  handouts,
  isAsGiven,
  hasChangedSince,
  onShowToday,
  onShowGiven
}: HandoutNoticeProps) {
  const all = handouts.flatMap((h) => h.given).sort((a, b) => a.at.localeCompare(b.at))
  const first = all[0]
  if (!first) return null
  const times = all.length === 1 ? 'once' : `${all.length} times`
  return (
    <div className="sheet-notices">
      <div className="alert alert--info" role="note" aria-label="Sheet as given">
        <Icon name="info" />
        <span className="grow">
          First given on {formatDateTime(new Date(first.at))} ({HANDOUT_WAY_LABELS[first.way]}),{' '}
          {times} in all
          {handouts.length > 1 ? `, in ${handouts.length} versions` : ''}.{' '}
          {isAsGiven
            ? hasChangedSince
              ? 'This is the sheet as it was last given; the clinic’s texts or the session have changed since.'
              : 'This is the sheet as it was given.'
            : 'This is the sheet with today’s texts: printing or saving it keeps it with the session beside the one given before.'}
        </span>
        {isAsGiven && hasChangedSince ? (
          <button type="button" className="btn btn--small" onClick={onShowToday}>
            Show with today’s texts
          </button>
        ) : null}
        {!isAsGiven ? (
          <button type="button" className="btn btn--small" onClick={onShowGiven}>
            Show the sheet as given
          </button>
        ) : null}
      </div>
    </div>
  )
}
