import { formatDate } from '@shared/dates'
import type { Screening } from '@shared/domain/patient'
import { ScreeningFlags } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { useFormValue } from '../../hooks/sessionFormContext'

export type ScreeningSummaryProps = { screening: Screening }

/** The patient's screening precautions, as recorded with this session. */
export function ScreeningSummary({ screening }: ScreeningSummaryProps) {
  const flags = useFormValue((f) => f.screeningFlags)
  return (
    <div className="stack screening-summary" style={{ gap: 8 }}>
      <span className="field__label">Screening</span>
      {flags.length > 0 ? (
        <ScreeningFlags flags={flags} />
      ) : screening.reviewedOn ? (
        <p className="consent__on-file">
          <Icon name="check" size={15} /> No precautions on screening
        </p>
      ) : null}
      {screening.reviewedOn ? (
        <span className="muted small">Reviewed {formatDate(screening.reviewedOn)}</span>
      ) : (
        <div className="alert alert--warning" role="note">
          <Icon name="alert" size={16} />
          <span>Screening has not been reviewed for this patient.</span>
        </div>
      )}
      {screening.notes ? <p className="small screening-notes">{screening.notes}</p> : null}
    </div>
  )
}
