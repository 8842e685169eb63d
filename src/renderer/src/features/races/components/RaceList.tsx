import { daysBetween, formatDate, formatDaysFrom, formatWeekday, type IsoDate } from '@shared/dates'
import { formatDistance, formatDuration, type Race } from '@shared/domain/race'
import { PriorityBadge } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import '../races.css'

export type RaceListProps = {
  races: Race[] | undefined
  today: IsoDate
  onEdit?: (race: Race) => void
  onDelete?: (race: Race) => void
}

/** A patient's races, upcoming first (soonest at the top), then past ones (latest first). */
export function RaceList({ races, today, onEdit, onDelete }: RaceListProps) {
  if (races === undefined) return <div className="card__body" aria-busy="true" />
  if (races.length === 0) return <div className="empty-state">No races on the calendar.</div>
  const upcoming = races.filter((r) => r.date >= today)
  const past = races.filter((r) => r.date < today).reverse()
  const nextId = upcoming[0]?.id
  return (
    <div>
      {[
        { title: 'Upcoming', list: upcoming },
        { title: 'Past', list: past }
      ].map(({ title, list }) =>
        list.length === 0 ? null : (
          <div key={title} className="race-group">
            <h3 className="race-group__title">
              {title} <span className="race-group__count">{list.length}</span>
            </h3>
            <ul className="list" aria-label={`${title} races`}>
              {list.map((race) => {
                const days = daysBetween(today, race.date)
                const isNext = race.id === nextId
                return (
                  <li key={race.id} className={`list-row race-row ${isNext ? 'is-next' : ''}`}>
                    <PriorityBadge priority={race.priority} />
                    <div className="grow">
                      <strong className="race-row__name">{race.name}</strong>
                      <div className="muted small">
                        {formatWeekday(race.date)} {race.date.slice(0, 4)} ·{' '}
                        {formatDistance(race.distance)}
                        {race.goalSeconds ? ` · goal ${formatDuration(race.goalSeconds)}` : ''}
                        {race.resultSeconds
                          ? ` · result ${formatDuration(race.resultSeconds)}`
                          : ''}
                      </div>
                      {race.notes ? (
                        <div className="small race-row__notes">{race.notes}</div>
                      ) : null}
                    </div>
                    <span
                      className={`num race-row__when ${isNext ? 'race-row__when--next' : ''}`}
                      title={formatDate(race.date)}
                    >
                      {formatDaysFrom(days)}
                    </span>
                    {onEdit || onDelete ? (
                      <span className="race-row__actions">
                        {onEdit ? (
                          <button
                            type="button"
                            className="btn btn--ghost btn--small"
                            aria-label={`Edit ${race.name}`}
                            title="Edit race"
                            onClick={() => onEdit(race)}
                          >
                            <Icon name="edit" size={15} />
                          </button>
                        ) : null}
                        {onDelete ? (
                          <button
                            type="button"
                            className="btn btn--ghost btn--small"
                            aria-label={`Delete ${race.name}`}
                            title="Delete race"
                            onClick={() => onDelete(race)}
                          >
                            <Icon name="trash" size={15} />
                          </button>
                        ) : null}
                      </span>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </div>
        )
      )}
    </div>
  )
}
