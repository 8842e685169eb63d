import { useMemo } from 'react'
import { formatLongDate, toIsoDate, toLocalDateTime } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { PageHeader } from '@renderer/components/PageHeader'
import { useNow } from '@renderer/lib/clock'
import { useTodayRecords } from '../hooks/useToday'
import { buildTodayDashboard } from '../model/dashboard'
import { AdverseEventsCard } from './AdverseEventsCard'
import { AgendaCard } from './AgendaCard'
import { ARaceAlertsCard } from './ARaceAlertsCard'
import { FollowUpsCard } from './FollowUpsCard'
import { RacesAheadCard } from './RacesAheadCard'
import { TodayStats } from './TodayStats'
import { WeekCard } from './WeekCard'
import '../today.css'

export type TodayPageProps = { settings: Settings }

/** The first screen of the day: who is coming, who races, who to call. */
export function TodayPage({ settings }: TodayPageProps) {
  const now = useNow()
  const today = toIsoDate(now)
  const nowText = toLocalDateTime(now)
  const records = useTodayRecords(today)
  const raceWindow = settings.raceWindow
  const dashboard = useMemo(
    () => (records ? buildTodayDashboard(records, nowText, raceWindow) : null),
    [records, nowText, raceWindow]
  )

  return (
    <div className="page page--wide">
      <PageHeader title="Today" subtitle={`${formatLongDate(now)} · ${settings.clinic.name}`} />
      {dashboard === null ? (
        <div aria-busy="true" />
      ) : (
        <div className="stack stack--lg">
          <TodayStats dashboard={dashboard} />
          <div className="today-grid">
            <div className="stack stack--lg">
              <AgendaCard agenda={dashboard.agenda} />
              <RacesAheadCard races={dashboard.racesAhead} raceWindow={settings.raceWindow} />
            </div>
            <div className="stack stack--lg">
              <FollowUpsCard followUps={dashboard.followUpsDue} />
              <ARaceAlertsCard alerts={dashboard.aRaceAlerts} />
              <AdverseEventsCard events={dashboard.adverseEvents} />
              <WeekCard days={dashboard.agenda.upcoming} />
            </div>
          </div>
        </div>
      )}
    </div>
  )
}
