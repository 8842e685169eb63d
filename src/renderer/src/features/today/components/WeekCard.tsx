import type { ReactNode } from 'react'
import { formatTime, formatWeekday } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { Link } from '@renderer/lib/router'
import type { AgendaDay } from '../model/appointments'
import { APPOINTMENT_HORIZON_DAYS } from '../model/horizons'
import { RaceHintBadge } from './RaceHintBadge'

export type WeekCardProps = {
  days: readonly AgendaDay[]
  /** Under each day cut short: how many more it holds. */
  dayFooter?: (day: AgendaDay) => ReactNode
  footer?: ReactNode
}

/** The bookings of the coming days, one line each. */
export function WeekCard({ days, dayFooter, footer }: WeekCardProps) {
  return (
    <section className="card" aria-labelledby="today-week">
      <div className="card__header">
        <h2 id="today-week">Coming up</h2>
        <span className="muted small">Next {APPOINTMENT_HORIZON_DAYS} days</span>
      </div>
      {days.length === 0 ? (
        <div className="empty-state empty-state--compact">
          No appointments booked for the coming week.
        </div>
      ) : (
        days.map((day) => (
          <div key={day.day} className="week-day">
            <h3 className="today-day">{formatWeekday(day.day)}</h3>
            <ul className="list" aria-label={`Appointments ${formatWeekday(day.day)}`}>
              {day.items.map((item) => (
                <li key={`${item.patient.id}-${item.at}`} className="week-row">
                  <span className="num week-row__time">{formatTime(item.at)}</span>
                  <Link
                    to={{ name: 'patient', patientId: item.patient.id, tab: 'overview' }}
                    className="week-row__name"
                  >
                    {fullName(item.patient)}
                  </Link>
                  {item.nextRace && item.nextRace.daysLeft <= 28 ? (
                    <RaceHintBadge hint={item.nextRace} isFromVisit />
                  ) : null}
                </li>
              ))}
            </ul>
            {dayFooter?.(day)}
          </div>
        ))
      )}
      {footer}
    </section>
  )
}
