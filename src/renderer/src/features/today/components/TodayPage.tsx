import { useMemo, useState, type ReactNode } from 'react'
import { dayOf, formatLongDate, formatWeekday, toLocalDateTime } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { PageHeader } from '@renderer/components/PageHeader'
import { useNow } from '@renderer/lib/clock'
import type { TodayList } from '@renderer/lib/routes'
import { useTodayRecords } from '../hooks/useToday'
import { buildTodayDashboard, type Count, type TodayDashboard } from '../model/dashboard'
import { AdverseEventsCard } from './AdverseEventsCard'
import { AgendaCard } from './AgendaCard'
import { ARaceAlertsCard } from './ARaceAlertsCard'
import { FollowUpsCard } from './FollowUpsCard'
import { ListFooter } from './ListFooter'
import { MeasureAlertsCard } from './MeasureAlertsCard'
import { RacesAheadCard } from './RacesAheadCard'
import { TodayStats } from './TodayStats'
import { WeekCard } from './WeekCard'
import '../today.css'

export type TodayPageProps = { settings: Settings; list?: TodayList }

/** Rows each list shows on the Today screen: the day at a glance, never a list to scroll. */
export const TODAY_LIST_ROWS = 8
/** Rows a list's own page adds each time. */
export const LIST_PAGE_ROWS = 50

const LIST_TITLES: Record<TodayList, string> = {
  appointments: 'Today’s appointments',
  week: 'Coming up',
  'follow-ups': 'Soreness follow-ups due',
  races: 'Races in the next 14 days',
  'a-races': 'A race soon, not seen lately',
  adverse: 'Recent adverse events'
}

/**
 * The first screen of the day: who is coming, who races, who to call. Each list shows its
 * first rows and says how many more there are; a list's own page (`list`) shows it a page at
 * a time.
 */
export function TodayPage({ settings, list }: TodayPageProps) {
  const now = useNow()
  const nowText = toLocalDateTime(now)
  const [pages, setPages] = useState(1)
  const limit = list ? pages * LIST_PAGE_ROWS : TODAY_LIST_ROWS
  const records = useTodayRecords(nowText, limit)
  const raceWindow = settings.raceWindow
  const dashboard = useMemo(
    () => (records ? buildTodayDashboard(records, nowText, raceWindow, limit) : null),
    [records, nowText, raceWindow, limit]
  )
  const showMore = list ? () => setPages((n) => n + 1) : undefined

  return (
    <div className={list ? 'page' : 'page page--wide'}>
      <PageHeader
        title={list ? LIST_TITLES[list] : 'Today'}
        subtitle={`${formatLongDate(now)} · ${settings.clinic.name}`}
        {...(list ? { back: { to: { name: 'today' as const }, label: 'Today' } } : {})}
      />
      {dashboard === null ? (
        <div aria-busy="true" />
      ) : list ? (
        <Cards dashboard={dashboard} settings={settings} only={list} onShowMore={showMore} />
      ) : (
        <div className="stack stack--lg">
          <TodayStats dashboard={dashboard} />
          <Cards
            dashboard={dashboard}
            settings={settings}
            measureCard={
              records ? (
                <MeasureAlertsCard records={records} today={dayOf(nowText)} settings={settings} />
              ) : null
            }
          />
        </div>
      )}
    </div>
  )
}

type CardsProps = {
  dashboard: TodayDashboard
  settings: Settings
  only?: TodayList
  onShowMore?: (() => void) | undefined
  /** The measures card, shown on the whole Today screen only. */
  measureCard?: ReactNode
}

function Cards({ dashboard, settings, only, onShowMore, measureCard }: CardsProps) {
  const footer = (list: TodayList, what: string, shown: number, count: Count) => (
    <ListFooter
      list={list}
      what={what}
      shown={shown}
      total={count.total}
      isExact={count.isExact}
      isOver={count.isOver === true}
      {...(onShowMore ? { onShowMore } : {})}
    />
  )
  const { agenda, agendaTotal, racesAhead, followUpsDue, aRaceAlerts, adverseEvents } = dashboard
  const cards: Record<TodayList, ReactNode> = {
    appointments: (
      <AgendaCard
        agenda={agenda}
        footer={footer('appointments', 'appointments today', agenda.today.length, agendaTotal)}
      />
    ),
    races: (
      <RacesAheadCard
        races={racesAhead.items}
        raceWindow={settings.raceWindow}
        footer={footer('races', 'races', racesAhead.items.length, racesAhead)}
      />
    ),
    'follow-ups': (
      <FollowUpsCard
        followUps={followUpsDue.items}
        footer={footer(
          'follow-ups',
          'soreness follow-ups',
          followUpsDue.items.length,
          followUpsDue
        )}
      />
    ),
    'a-races': (
      <ARaceAlertsCard
        alerts={aRaceAlerts.items}
        footer={footer('a-races', 'runners to call', aRaceAlerts.items.length, aRaceAlerts)}
      />
    ),
    adverse: (
      <AdverseEventsCard
        events={adverseEvents.items}
        footer={footer('adverse', 'adverse events', adverseEvents.items.length, adverseEvents)}
      />
    ),
    week: (
      <WeekCard
        days={agenda.upcoming}
        dayFooter={(day) => {
          const total = dashboard.upcomingTotals.get(day.day)
          return total
            ? footer('week', `on ${formatWeekday(day.day)}`, day.items.length, total)
            : null
        }}
      />
    )
  }
  if (only) return <div className="stack stack--lg">{cards[only]}</div>
  return (
    <div className="today-grid">
      <div className="stack stack--lg">
        {cards.appointments}
        {cards.races}
      </div>
      <div className="stack stack--lg">
        {cards['follow-ups']}
        {cards['a-races']}
        {measureCard}
        {cards.adverse}
        {cards.week}
      </div>
    </div>
  )
}
