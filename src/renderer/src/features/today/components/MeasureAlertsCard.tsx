import { formatDate, formatDaysFrom, type IsoDate } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { PriorityBadge } from '@renderer/components/Badges'
import { Link } from '@renderer/lib/router'
import type { TodayRecords } from '../model/dashboard'
import { A_RACE_SOON_DAYS } from '../model/horizons'
import { measureAlertOf, type MeasureAlert } from '../model/measures'

export type MeasureAlertsCardProps = {
  records: TodayRecords
  today: IsoDate
  settings: Settings
}

/** Runners whose measures went the wrong way at their last visit, with an A race within four weeks. */
export function MeasureAlertsCard({ records, today, settings }: MeasureAlertsCardProps) {
  const alerts = records.measureRaces.rows.flatMap((race): MeasureAlert[] => {
    const patient = records.patients.get(race.patientId)
    const sessions = records.measureSessions.get(race.patientId)
    if (!patient || !sessions) return []
    const alert = measureAlertOf(race, patient, sessions, today, settings.measures)
    return alert ? [alert] : []
  })
  return (
    <section className="card" aria-labelledby="today-measures">
      <div className="card__header">
        <h2 id="today-measures">Measures went the wrong way</h2>
        <span className="muted small">
          At the last visit · A race within {A_RACE_SOON_DAYS / 7} weeks
        </span>
      </div>
      {alerts.length === 0 ? (
        <div className="empty-state empty-state--compact">
          No runner with an A race soon had a measure get worse at their last visit.
        </div>
      ) : (
        <ul className="list" aria-label="Measures went the wrong way">
          {alerts.map((a) => (
            <li key={a.race.id} className="list-row">
              <PriorityBadge priority={a.race.priority} />
              <div className="grow">
                <Link to={{ name: 'patient', patientId: a.patient.id, tab: 'progress' }}>
                  {fullName(a.patient)}
                </Link>
                <div className="muted small">
                  {a.race.name} {formatDaysFrom(a.daysLeft)} · last visit {formatDate(a.lastVisit)}
                </div>
                <ul className="plain-list small">
                  {a.worse.slice(0, 2).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
