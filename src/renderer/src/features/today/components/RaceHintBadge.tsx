import { formatDaysFrom } from '@shared/dates'
import { PriorityBadge } from '@renderer/components/Badges'
import type { RaceHint } from '../model/appointments'

export type RaceHintBadgeProps = {
  hint: RaceHint
  /** Beside a later appointment, the count is from that visit ("4 days after"), not today. */
  isFromVisit?: boolean
}

const daysAfterVisit = (days: number): string =>
  days === 0 ? 'the same day' : `${days} ${days === 1 ? 'day' : 'days'} after`

/** "A Portland Marathon in 9 days", only for races close enough to matter for this visit. */
export function RaceHintBadge({ hint, isFromVisit = false }: RaceHintBadgeProps) {
  const when = isFromVisit ? daysAfterVisit(hint.daysLeft) : formatDaysFrom(hint.daysLeft)
  return (
    <span className="race-hint" title={`${hint.name}, ${when}`}>
      <PriorityBadge priority={hint.priority} />
      <span className="race-hint__text">
        {hint.name} <span className="muted">{when}</span>
      </span>
    </span>
  )
}
