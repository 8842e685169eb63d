import type { RacePriority } from '@shared/domain/race'
import { SCREENING_LABELS, SCREENING_SHORT, type ScreeningKey } from '@shared/domain/screening'
import { Icon } from './Icon'

export function PriorityBadge({ priority }: { priority: RacePriority }) {
  return (
    <span className={`badge badge--${priority.toLowerCase()}`} title={`${priority} race`}>
      {priority}
    </span>
  )
}

export type ScreeningFlagsProps = { flags: readonly ScreeningKey[]; isCompact?: boolean }

/** Precautions from screening, shown wherever the therapist is about to needle. */
export function ScreeningFlags({ flags, isCompact = false }: ScreeningFlagsProps) {
  if (flags.length === 0) return null
  return (
    <ul className="row row--wrap list" aria-label="Screening precautions">
      {flags.map((flag) => (
        <li key={flag} className="badge badge--warning" title={SCREENING_LABELS[flag]}>
          <Icon name="alert" size={13} />
          {isCompact ? SCREENING_SHORT[flag] : SCREENING_LABELS[flag]}
        </li>
      ))}
    </ul>
  )
}
