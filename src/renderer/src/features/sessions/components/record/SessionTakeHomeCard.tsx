import { formatDateTime } from '@shared/dates'
import { ADVICE_ITEMS } from '@shared/domain/sheet/advice'
import type { Session } from '@shared/domain/session'

export type SessionTakeHomeCardProps = { session: Session }

export function SessionTakeHomeCard({ session }: SessionTakeHomeCardProps) {
  const advice = ADVICE_ITEMS.filter((a) => session.advice.includes(a.id))
  return (
    <section className="card" aria-labelledby="s-take-home">
      <div className="card__header">
        <h2 id="s-take-home">Take-home and next steps</h2>
      </div>
      <div className="card__body">
        <dl className="facts">
          <dt>Advice</dt>
          <dd>
            {advice.length === 0 ? (
              '–'
            ) : (
              <ul className="list stack" style={{ gap: 2 }} aria-label="Advice">
                {advice.map((a) => (
                  <li key={a.id}>{a.text}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Home exercises</dt>
          <dd className="pre-wrap">{session.homeExercises || '–'}</dd>
          <dt>Next appointment</dt>
          <dd>{session.nextAppointment ? formatDateTime(session.nextAppointment) : '–'}</dd>
          <dt>Notes</dt>
          <dd className="pre-wrap">{session.notes || '–'}</dd>
        </dl>
      </div>
    </section>
  )
}
