import { formatDate } from '@shared/dates'
import { injuryLabel } from '@shared/domain/injuries'
import type { Session } from '@shared/domain/session'
import { ScreeningAnswers } from '@renderer/components/ScreeningAnswers'
import { formatPpt } from '../../model/format'

export type SessionBeforeCardProps = { session: Session }

export function SessionBeforeCard({ session }: SessionBeforeCardProps) {
  const { consent } = session
  return (
    <section className="card" aria-labelledby="s-before">
      <div className="card__header">
        <h2 id="s-before">Visit and before needling</h2>
      </div>
      <div className="card__body">
        <dl className="facts">
          <dt>Therapist</dt>
          <dd>{session.therapist.name}</dd>
          <dt>Diagnosis</dt>
          <dd>
            {session.diagnosis}
            {session.diagnosisCode && injuryLabel(session.diagnosisCode) !== session.diagnosis ? (
              <span className="muted"> ({injuryLabel(session.diagnosisCode)})</span>
            ) : null}
          </dd>
          <dt>Consent</dt>
          <dd>
            {consent.isGiven ? (
              <>
                Confirmed · {consent.isWritten ? 'written' : 'verbal'}
                {consent.date ? `, given ${formatDate(consent.date)}` : ''}
              </>
            ) : (
              <span className="muted">
                Not recorded{session.hasNeedling ? '' : ' (no needling)'}
              </span>
            )}
          </dd>
          <dt>Screening</dt>
          <dd>
            <ScreeningAnswers record={session.screening} flags={session.screeningFlags} isCompact />
          </dd>
          <dt>Pain before</dt>
          <dd className="num nowrap">
            {session.painBefore === null ? '–' : `${session.painBefore} / 10`}
          </dd>
          <dt>PPT before</dt>
          <dd className="num">{formatPpt(session.pptBefore)}</dd>
        </dl>
      </div>
    </section>
  )
}
