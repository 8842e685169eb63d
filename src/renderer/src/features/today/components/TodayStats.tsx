import type { TodayDashboard } from '../model/dashboard'

export type TodayStatsProps = { dashboard: TodayDashboard }

/** The day in four numbers; the lists below explain each. */
export function TodayStats({ dashboard }: TodayStatsProps) {
  const booked = dashboard.agenda.today.filter((i) => i.kind === 'booked').length
  const seen = dashboard.agenda.today.length - booked
  const needled = dashboard.racesAhead.filter((r) => r.isNeedledRecently).length
  const dueChecks = dashboard.followUpsDue.reduce(
    (n, f) => n + f.checks.filter((c) => c.isDue).length,
    0
  )
  const stats = [
    {
      id: 'today-agenda',
      value: booked + seen,
      label: 'Appointments today',
      detail: seen > 0 ? `${seen} seen, ${booked} to come` : `${booked} booked`,
      tone: 'neutral'
    },
    {
      id: 'today-follow-ups',
      value: dueChecks,
      label: 'Soreness checks due',
      detail: `${dashboard.followUpsDue.length} ${dashboard.followUpsDue.length === 1 ? 'runner' : 'runners'} to call`,
      tone: dueChecks > 0 ? 'warning' : 'neutral'
    },
    {
      id: 'today-races',
      value: dashboard.racesAhead.length,
      label: 'Races in the next 14 days',
      detail: `${needled} needled in the last 72 h`,
      tone: needled > 0 ? 'warning' : 'neutral'
    },
    {
      id: 'today-adverse',
      value: dashboard.adverseEvents.length,
      label: 'Adverse events, 14 days',
      detail:
        dashboard.adverseEvents.length === 0
          ? 'None recorded'
          : dashboard.adverseEvents.some((a) => a.severity !== 'mild')
            ? 'Including significant ones'
            : 'All mild',
      tone: dashboard.adverseEvents.some((a) => a.severity !== 'mild') ? 'danger' : 'neutral'
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
