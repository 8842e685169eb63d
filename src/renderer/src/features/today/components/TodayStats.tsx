import type { TodayDashboard } from '../model/dashboard'

export type TodayStatsProps = { dashboard: TodayDashboard }

const upTo = (n: number, isExact: boolean): string => (isExact ? String(n) : `${n}+`)

/** The day in four numbers, counted over each whole list; the lists below show the first rows. */
export function TodayStats({ dashboard }: TodayStatsProps) {
  const { agendaTotal, followUpsDue, racesAhead, adverseEvents } = dashboard
  const booked = agendaTotal.total - agendaTotal.seen
  const isAllRaces = racesAhead.isExact && racesAhead.total === racesAhead.items.length
  const needled = racesAhead.items.filter((r) => r.isNeedledRecently).length
  const isAllFollowUps = followUpsDue.isExact && followUpsDue.total === followUpsDue.items.length
  const dueChecks = followUpsDue.items.reduce(
    (n, f) => n + f.checks.filter((c) => c.isDue).length,
    0
  )
  const runners = followUpsDue.total
  const stats = [
    {
      id: 'today-agenda',
      value: upTo(agendaTotal.total, agendaTotal.isExact),
      label: 'Appointments today',
      detail:
        agendaTotal.seen > 0 ? `${agendaTotal.seen} seen, ${booked} to come` : `${booked} booked`,
      tone: 'neutral'
    },
    {
      id: 'today-follow-ups',
      value: isAllFollowUps ? String(dueChecks) : upTo(runners, followUpsDue.isExact),
      label: isAllFollowUps ? 'Soreness checks due' : 'Runners with soreness checks due',
      detail: `${upTo(runners, followUpsDue.isExact)} ${runners === 1 ? 'runner' : 'runners'} to call`,
      tone: runners > 0 ? 'warning' : 'neutral'
    },
    {
      id: 'today-races',
      value: upTo(racesAhead.total, racesAhead.isExact),
      label: 'Races in the next 14 days',
      detail: isAllRaces
        ? `${needled} needled in the last 72 h`
        : `${needled} of the first ${racesAhead.items.length} needled in the last 72 h`,
      tone: needled > 0 ? 'warning' : 'neutral'
    },
    {
      id: 'today-adverse',
      value: upTo(adverseEvents.total, adverseEvents.isExact),
      label: 'Adverse events, 14 days',
      detail:
        adverseEvents.total === 0
          ? 'None recorded'
          : adverseEvents.items.some((a) => a.severity !== 'mild')
            ? 'Including significant ones'
            : 'All mild',
      tone: adverseEvents.items.some((a) => a.severity !== 'mild') ? 'danger' : 'neutral'
    }
  ] as const
  return (
    <ul className="today-stats" aria-label="At a glance">
      {stats.map((s) => (
        <li key={s.id} className={`today-stat today-stat--${s.tone}`}>
          <span className="today-stat__value">{s.value}</span>
          <span className="today-stat__label">{s.label}</span>
          <span className="today-stat__detail">{s.detail}</span>
        </li>
      ))}
    </ul>
  )
}
