import { formatDate } from '@shared/dates'
import {
  SCREENING_KEYS,
  SCREENING_SHORT,
  screeningOverview,
  type ScreeningKey,
  type ScreeningRecord
} from '@shared/domain/screening'
import { ScreeningFlags } from './Badges'
import { Icon } from './Icon'
import './screeningAnswers.css'

export type ScreeningAnswersProps = {
  /** Every answer; null for a session logged before Racepoint kept them. */
  record: ScreeningRecord | null
  /** The precautions, for a record that kept only those. */
  flags: readonly ScreeningKey[]
  isCompact?: boolean
}

/**
 * A screening as it was answered: precautions, and what was not asked. "No precautions" is
 * said only when every question was asked and answered no.
 */
export function ScreeningAnswers({ record, flags, isCompact = false }: ScreeningAnswersProps) {
  if (!record) {
    return (
      <div className="stack" style={{ gap: 4 }}>
        <ScreeningFlags flags={flags} isCompact={isCompact} />
        <span className="muted small">
          {flags.length > 0
            ? 'Only the precautions were recorded with this session; the other answers were not kept.'
            : 'No precautions were recorded with this session; which questions were asked was not kept.'}
        </span>
      </div>
    )
  }
  const { precautions, notAsked, isClear } = screeningOverview(record)
  const isUnasked = notAsked.length === SCREENING_KEYS.length
  return (
    <div className="stack" style={{ gap: 4 }}>
      <ScreeningFlags flags={precautions} isCompact={isCompact} />
      {isClear ? (
        <span className="screening-clear">
          <Icon name="check" size={15} /> No precautions: every question asked
        </span>
      ) : isUnasked ? (
        <span className="screening-unasked">
          <Icon name="alert" size={15} /> Screening not done: none of the {SCREENING_KEYS.length}{' '}
          questions was asked
        </span>
      ) : notAsked.length > 0 ? (
        <span className="screening-unasked">
          <Icon name="alert" size={15} /> Not asked:{' '}
          {notAsked.map((k) => SCREENING_SHORT[k]).join(', ')}
        </span>
      ) : null}
      <span className="muted small">
        {record.reviewedOn ? `Reviewed ${formatDate(record.reviewedOn)}` : 'Never reviewed'}
      </span>
    </div>
  )
}
