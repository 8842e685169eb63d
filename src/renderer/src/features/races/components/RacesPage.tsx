import { daysBetween, formatDate, formatDaysFrom, toIsoDate } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import { formatDistance } from '@shared/domain/race'
import { Link } from '../../../app/router'
import { PriorityBadge } from '../../../components/Badges'
import { PageHeader } from '../../../components/PageHeader'
import { useNow } from '../../../lib/clock'
import { useRacesSoon } from '../../today/hooks/useToday'

const HORIZON_DAYS = 56

/** Every patient's races in the coming weeks. */
export function RacesPage() {
  const today = toIsoDate(useNow())
  const races = useRacesSoon(today, HORIZON_DAYS)
  return (
    <div className="page">
      <PageHeader
        title="Races"
        subtitle={`Your patients’ races in the next ${HORIZON_DAYS / 7} weeks`}
      />
      <div className="card">
        {races === undefined ? null : races.length === 0 ? (
          <div className="empty-state">No races in the next {HORIZON_DAYS / 7} weeks.</div>
        ) : (
          <ul className="list" aria-label="Upcoming races">
            {races.map(({ race, patient }) => (
              <li key={race.id} className="list-row">
                <PriorityBadge priority={race.priority} />
                <div className="grow">
                  <strong>{race.name}</strong>
                  <div className="muted small">
                    {formatDate(race.date)} · {formatDistance(race.distance)} ·{' '}
                    <Link to={{ name: 'patient', patientId: patient.id, tab: 'overview' }}>
                      {fullName(patient)}
                    </Link>
                  </div>
                </div>
                <span className="num">{formatDaysFrom(daysBetween(today, race.date))}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
