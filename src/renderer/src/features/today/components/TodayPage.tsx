import {
  daysBetween,
  formatDate,
  formatDaysFrom,
  formatTime,
  formatWeekday,
  toIsoDate
} from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Link } from '../../../app/router'
import { PriorityBadge } from '../../../components/Badges'
import { PageHeader } from '../../../components/PageHeader'
import { useNow } from '../../../lib/clock'
import { useRacesSoon, useSessionsOn } from '../hooks/useToday'

export type TodayPageProps = { settings: Settings }

const RACE_HORIZON_DAYS = 14

export function TodayPage({ settings }: TodayPageProps) {
  const now = useNow()
  const today = toIsoDate(now)
  const racesSoon = useRacesSoon(today, RACE_HORIZON_DAYS)
  const sessionsToday = useSessionsOn(today)

  return (
    <div className="page">
      <PageHeader title="Today" subtitle={`${formatWeekday(now)} · ${settings.clinic.name}`} />
      <div className="grid-2">
        <section className="card" aria-labelledby="today-sessions">
          <div className="card__header">
            <h2 id="today-sessions">Sessions logged today</h2>
          </div>
          {sessionsToday === undefined ? null : sessionsToday.length === 0 ? (
            <div className="empty-state">No sessions logged yet today.</div>
          ) : (
            <ul className="list">
              {sessionsToday.map(({ session, patient }) => (
                <li key={session.id} className="list-row">
                  <span className="num muted">{formatTime(session.date)}</span>
                  <Link
                    className="grow"
                    to={{ name: 'session', patientId: session.patientId, sessionId: session.id }}
                  >
                    {patient ? fullName(patient) : 'Unknown patient'}
                  </Link>
                  <span className="num">
                    {session.painBefore ?? '–'} → {session.painAfter ?? '–'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="today-races">
          <div className="card__header">
            <h2 id="today-races">Races in the next {RACE_HORIZON_DAYS} days</h2>
          </div>
          {racesSoon === undefined ? null : racesSoon.length === 0 ? (
            <div className="empty-state">
              No patient races in the next {RACE_HORIZON_DAYS} days.
            </div>
          ) : (
            <ul className="list">
              {racesSoon.map(({ race, patient }) => (
                <li key={race.id} className="list-row">
                  <PriorityBadge priority={race.priority} />
                  <div className="grow">
                    <Link to={{ name: 'patient', patientId: patient.id, tab: 'overview' }}>
                      {fullName(patient)}
                    </Link>
                    <div className="muted small">
                      {race.name} · {formatDate(race.date)}
                    </div>
                  </div>
                  <span className="num">{formatDaysFrom(daysBetween(today, race.date))}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}
