import type { ReactNode } from 'react'
import { formatTime, formatWeekday } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import type { Agenda, AgendaItem } from '../model/appointments'
import { RaceHintBadge } from './RaceHintBadge'

export type AgendaCardProps = { agenda: Pick<Agenda, 'today'>; footer?: ReactNode }

function painText(before: number | null, after: number | null): string {
  return before === null && after === null
    ? 'no pain scores'
    : `pain ${before ?? '–'} → ${after ?? '–'}`
}

function AgendaRow({ item }: { item: AgendaItem }) {
  const session = item.kind === 'seen' ? item.session : item.bookedBy
  return (
    <li className="list-row agenda-row">
      <span className="agenda-row__time num">{formatTime(item.at)}</span>
      <div className="grow">
        <Link
          to={{ name: 'patient', patientId: item.patient.id, tab: 'overview' }}
          className="agenda-row__name"
        >
          {fullName(item.patient)}
        </Link>
        <div className="muted small">
          {session.diagnosis} ·{' '}
          {item.kind === 'seen'
            ? painText(session.painBefore, session.painAfter)
            : `last visit ${formatWeekday(session.date)}, ${painText(session.painBefore, session.painAfter)}`}
        </div>
      </div>
      {item.nextRace ? <RaceHintBadge hint={item.nextRace} /> : null}
      {item.kind === 'seen' ? (
        <Link
          to={{ name: 'session', patientId: item.patient.id, sessionId: item.session.id }}
          className="badge badge--success"
        >
          Seen
        </Link>
      ) : item.isOverdue ? (
        <span className="badge badge--warning">Not logged yet</span>
      ) : (
        <span className="badge badge--primary">Booked</span>
      )}
    </li>
  )
}

/** Today's appointments: booked at an earlier visit, and sessions already logged today. */
export function AgendaCard({ agenda, footer }: AgendaCardProps) {
  return (
    <section className="card" aria-labelledby="today-agenda">
      <div className="card__header">
        <h2 id="today-agenda">Today’s appointments</h2>
        <span className="muted small">Booked at the last visit, and sessions logged today</span>
      </div>
      {agenda.today.length === 0 ? (
        <div className="empty-state empty-state--compact">Nothing booked or logged today.</div>
      ) : (
        <ul className="list" aria-label="Today’s appointments">
          {agenda.today.map((item) => (
            <AgendaRow key={`${item.kind}-${item.patient.id}-${item.at}`} item={item} />
          ))}
        </ul>
      )}
      {footer}
    </section>
  )
}
