import type { Screening } from '@shared/domain/patient'
import { ScreeningAnswers } from '@renderer/components/ScreeningAnswers'
import { useFormValue } from '../../hooks/sessionFormContext'

export type ScreeningSummaryProps = { screening: Screening }

/** The patient's screening answers, as recorded with this session. */
export function ScreeningSummary({ screening }: ScreeningSummaryProps) {
  const record = useFormValue((f) => f.screening)
  const flags = useFormValue((f) => f.screeningFlags)
  return (
    <div className="stack screening-summary" style={{ gap: 8 }}>
      <span className="field__label">Screening</span>
      <ScreeningAnswers record={record} flags={flags} />
      {record && !record.reviewedOn ? (
        <div className="alert alert--warning" role="note">
          <span>Screening has not been reviewed for this patient.</span>
        </div>
      ) : null}
      {screening.notes ? <p className="small screening-notes">{screening.notes}</p> : null}
    </div>
  )
}
