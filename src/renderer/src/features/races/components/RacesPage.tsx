import { useState } from 'react'
import {
  daysBetween,
  formatDaysFrom,
  formatWeekday,
  toIsoDate,
  toLocalDateTime
} from '@shared/dates'
import { fullName, screeningFlags } from '@shared/domain/patient'
import { formatDistance, formatDuration } from '@shared/domain/race'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import type { Settings } from '@shared/domain/settings'
import { Link } from '@renderer/lib/router'
import { PriorityBadge } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import { useNow } from '@renderer/lib/clock'
import { useRaceCalendar } from '../hooks/useRaceCalendar'
import { groupRacesByWeek } from '../model/raceWeeks'
import '../races.css'

const HORIZONS = [4, 8, 12] as const
type Horizon = (typeof HORIZONS)[number]

export type RacesPageProps = { settings: Settings }

/** Who races soon: every active patient's races in the coming weeks, week by week. */
export function RacesPage({ settings }: RacesPageProps) {
  const now = useNow()
  const today = toIsoDate(now)
  const [weeks, setWeeks] = useState<Horizon>(8)
  const rows = useRaceCalendar(today, weeks)
  const grouped = rows ? groupRacesByWeek(rows, today, weeks) : undefined
  const total = rows?.length ?? 0
  const aRaces = rows?.filter((r) => r.race.priority === 'A').length ?? 0
  const nowAt = toLocalDateTime(now)

  return (
    <div className="page">
      <PageHeader
        title="Races"
        subtitle={
          rows === undefined
            ? '\u00a0'
            : total === 0
              ? 'Your active patients’ races, week by week'
              : `${total} ${total === 1 ? 'race' : 'races'} in the next ${weeks} weeks${
                  aRaces ? `, ${aRaces} of them A ${aRaces === 1 ? 'race' : 'races'}` : ''
                }`
        }
        actions={
          <div className="segmented segmented--toolbar" role="radiogroup" aria-label="Look ahead">
            {HORIZONS.map((h) => (
              <label key={h} className="segmented__option">
                <input
                  type="radio"
                  name="race-horizon"
                  checked={weeks === h}
                  onChange={() => setWeeks(h)}
                />
                <span>{h} weeks</span>
              </label>
            ))}
          </div>
        }
      />
      {grouped === undefined ? (
        <div className="card" aria-busy="true" />
      ) : total === 0 ? (
        <div className="card empty-state">
          <h2>No races in the next {weeks} weeks</h2>
          <p>Races you add on a patient’s Races tab appear here, week by week.</p>
        </div>
      ) : (
        <div className="race-weeks">
          {grouped.map((week) => (
            <section
              key={week.start}
              className={`card race-week ${week.races.length === 0 ? 'race-week--empty' : ''}`}
              aria-label={`${week.label}, ${week.span}`}
            >
              <header className="race-week__header">
                <h2>{week.label}</h2>
                <span className="muted">{week.span}</span>
                <span className="race-week__count muted small">
                  {week.races.length === 0
                    ? 'No races'
                    : `${week.races.length} ${week.races.length === 1 ? 'race' : 'races'}`}
                </span>
              </header>
              {week.races.length > 0 ? (
                <ul className="list" aria-label={`Races ${week.label.toLowerCase()}`}>
                  {week.races.map(({ race, patient }) => {
                    const days = daysBetween(today, race.date)
                    const isInWindow =
                      raceWindowWarnings(nowAt, [race], settings.raceWindow).length > 0
                    const flags = screeningFlags(patient.screening)
                    return (
                      <li key={race.id} className="list-row race-week__row">
                        <span className="race-week__day num">{formatWeekday(race.date)}</span>
                        <PriorityBadge priority={race.priority} />
                        <div className="grow">
                          <strong className="race-row__name">{race.name}</strong>
                          <div className="muted small">
                            {formatDistance(race.distance)}
                            {race.goalSeconds ? ` · goal ${formatDuration(race.goalSeconds)}` : ''}
                          </div>
                        </div>
                        <div className="race-week__patient">
                          <Link
                            to={{ name: 'patient', patientId: patient.id, tab: 'races' }}
                            className="race-week__patient-link"
                          >
                            {fullName(patient)}
                          </Link>
                          {flags.length > 0 ? (
                            <span
                              className="badge badge--warning"
                              title={`${flags.length} screening precaution(s)`}
                            >
                              <Icon name="alert" size={12} /> {flags.length}
                            </span>
                          ) : null}
                        </div>
                        <span className="race-week__window">
                          {isInWindow ? (
                            <span
                              className="badge badge--warning"
                              title="Needling today falls inside the clinic’s window before this race"
                            >
                              Race window
                            </span>
                          ) : null}
                        </span>
                        <span className="num race-week__when">{formatDaysFrom(days)}</span>
                      </li>
                    )
                  })}
                </ul>
              ) : null}
            </section>
          ))}
        </div>
      )}
    </div>
  )
}
