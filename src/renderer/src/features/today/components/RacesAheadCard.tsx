import type { ReactNode } from 'react'
import { formatDate, formatDaysFrom } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { formatDistance } from '@shared/domain/race'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { Link } from '@renderer/lib/router'
import { PriorityBadge } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { RACE_HORIZON_DAYS, SORENESS_HOURS } from '../model/horizons'
import type { RaceAhead } from '../model/races'

export type RacesAheadCardProps = {
  races: readonly RaceAhead[]
  raceWindow: RaceWindowSettings
  footer?: ReactNode
}

/** In hours: the flag is about the 72-hour soreness window, and "2 days ago" hides how close it is. */
function needledText(hoursAgo: number): string {
  return `Needled ${Math.max(1, Math.round(hoursAgo))} h ago`
}

/** Every patient's races in the next two weeks, with who was needled too close to race day. */
export function RacesAheadCard({ races, raceWindow, footer }: RacesAheadCardProps) {
  return (
    <section className="card" aria-labelledby="today-races">
      <div className="card__header">
        <h2 id="today-races">Races in the next {RACE_HORIZON_DAYS} days</h2>
        <span className="muted small">Flagged: needled in the last {SORENESS_HOURS} h</span>
      </div>
      {races.length === 0 ? (
        <div className="empty-state empty-state--compact">
          No patient races in the next {RACE_HORIZON_DAYS} days.
        </div>
      ) : (
        <ul className="list" aria-label="Races in the next 14 days">
          {races.map((r) => (
            <li key={r.race.id} className="list-row">
              <PriorityBadge priority={r.race.priority} />
              <div className="grow">
                <Link to={{ name: 'patient', patientId: r.patient.id, tab: 'progress' }}>
                  {fullName(r.patient)}
                </Link>
                <div className="muted small">
                  {r.race.name} · {formatDistance(r.race.distance)} · {formatDate(r.race.date)}
                </div>
                {r.isNeedledRecently || r.isInRaceWindow ? (
                  <div className="row row--wrap today-flags">
                    {r.isNeedledRecently && r.lastNeedling ? (
                      <span className="badge badge--warning">
                        <Icon name="needle" size={13} /> {needledText(r.lastNeedling.hoursAgo)}
                      </span>
                    ) : null}
                    {r.isInRaceWindow ? (
                      <span
                        className="badge badge--danger"
                        title={`The last needling fell inside the clinic’s window before this race: ${raceWindow.anyRaceHours} h before any race, ${raceWindow.aRaceDays} days before an A race. A clinic setting, not a rule.`}
                      >
                        <Icon name="alert" size={13} /> Inside the race window
                      </span>
                    ) : null}
                  </div>
                ) : null}
              </div>
              <span className={`today-days ${r.daysLeft <= 3 ? 'today-days--near' : ''}`}>
                {formatDaysFrom(r.daysLeft)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {footer}
    </section>
  )
}
