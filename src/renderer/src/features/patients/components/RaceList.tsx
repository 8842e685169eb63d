import { daysBetween, formatDate, formatDaysFrom, type IsoDate } from '@shared/dates'
import { formatDistance, formatDuration, type Race } from '@shared/domain/race'
import { PriorityBadge } from '../../../components/Badges'

export type RaceListProps = { races: Race[] | undefined; today: IsoDate }

/** A patient's races, upcoming first (soonest at the top), then past ones (latest first). */
export function RaceList({ races, today }: RaceListProps) {
  if (races === undefined) return <div className="card__body" aria-busy="true" />
  if (races.length === 0) return <div className="empty-state">No races on the calendar.</div>
  const upcoming = races.filter((r) => r.date >= today)
  const past = races.filter((r) => r.date < today).reverse()
  return (
    <div>
      {[
        { title: 'Upcoming', list: upcoming },
        { title: 'Past', list: past }
      ].map(({ title, list }) =>
        list.length === 0 ? null : (
          <div key={title}>
            <h3
              className="card__body muted small"
              style={{ paddingBottom: 0, textTransform: 'uppercase' }}
            >
              {title}
            </h3>
            <ul className="list" aria-label={`${title} races`}>
              {list.map((race) => (
                <li key={race.id} className="list-row">
                  <PriorityBadge priority={race.priority} />
                  <div className="grow">
                    <strong>{race.name}</strong>
                    <div className="muted small">
                      {formatDate(race.date)} · {formatDistance(race.distance)}
                      {race.goalSeconds ? ` · goal ${formatDuration(race.goalSeconds)}` : ''}
                      {race.resultSeconds ? ` · result ${formatDuration(race.resultSeconds)}` : ''}
                    </div>
                  </div>
                  <span className="num">{formatDaysFrom(daysBetween(today, race.date))}</span>
                </li>
              ))}
            </ul>
          </div>
        )
      )}
    </div>
  )
}
