import { formatDaysFrom } from '@shared/dates'
import { PriorityBadge } from '@renderer/components/Badges'
import type { RaceHint } from '../model/appointments'

export type RaceHintBadgeProps = { hint: RaceHint }

/** "A Portland Marathon in 9 days", only for races close enough to matter for this visit. */
export function RaceHintBadge({ hint }: RaceHintBadgeProps) {
  return (
    <span className="race-hint" title={`${hint.name}, ${formatDaysFrom(hint.daysLeft)}`}>
      <PriorityBadge priority={hint.priority} />
      <span className="race-hint__text">
        {hint.name} <span className="muted">{formatDaysFrom(hint.daysLeft)}</span>
      </span>
    </span>
  )
}
