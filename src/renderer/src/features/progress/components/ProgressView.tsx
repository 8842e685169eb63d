import { useMemo, useRef, useState } from 'react'
import { toIsoDate } from '@shared/dates'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { navigate } from '../../../app/router'
import { useNow } from '../../../lib/clock'
import { useElementWidth } from '../hooks/useElementWidth'
import { useProgress } from '../hooks/useProgress'
import { buildProgressChart } from '../model/chart'
import { plotWidthFor } from '../model/layout'
import { RANGE_LABELS, type ProgressRange } from '../model/range'
import { ChartDataTable } from './ChartDataTable'
import { ChartLegend } from './ChartLegend'
import { InsertionHeatMap } from './InsertionHeatMap'
import { MuscleTable } from './MuscleTable'
import { PainChart } from './PainChart'
import { ProgressSummaryPanel } from './ProgressSummaryPanel'
import { RangePicker } from './RangePicker'
import '../progress.css'

export type ProgressViewProps = {
  patientId: string
  /** The patient's sessions and races, oldest first; undefined while loading. */
  sessions: Session[] | undefined
  races: Race[] | undefined
  settings: Settings
}

const NO_SESSIONS: Session[] = []
const NO_RACES: Race[] = []

/** The patient's recovery against their race calendar: chart, summary, muscles and insertion points. */
export function ProgressView({ patientId, sessions, races, settings }: ProgressViewProps) {
  const [range, setRange] = useState<ProgressRange>('all')
  const [isTableOpen, setIsTableOpen] = useState(false)
  const today = toIsoDate(useNow())
  const chartBox = useRef<HTMLDivElement>(null)
  const width = useElementWidth(chartBox)
  const isLoading = sessions === undefined || races === undefined
  const progress = useProgress(sessions ?? NO_SESSIONS, races ?? NO_RACES, range, today)
  const raceWindow = settings.raceWindow
  const chart = useMemo(
    () =>
      width > 0
        ? buildProgressChart({
            sessions: progress.sessions,
            races: races ?? NO_RACES,
            raceWindow,
            today,
            from: progress.from,
            plotWidth: plotWidthFor(width)
          })
        : null,
    [progress, races, raceWindow, today, width]
  )
  const priorities = useMemo(
    () => [...new Set(chart?.markers.map((m) => m.priority) ?? [])].sort(),
    [chart]
  )
  const handleOpenSession = (sessionId: string): void =>
    navigate({ name: 'session', patientId, sessionId })

  return (
    <div className="progress stack stack--lg">
      <section className="card" aria-labelledby="progress-title" aria-busy={isLoading}>
        <div className="card__header">
          <div>
            <h2 id="progress-title">Pain over time</h2>
            <div className="muted small">
              Before and after each session, against the race calendar
            </div>
          </div>
          <RangePicker value={range} onChange={setRange} />
        </div>
        <div className="progress__main">
          <div className="progress__chart" ref={chartBox}>
            {chart && !isLoading ? (
              <>
                <PainChart chart={chart} width={width} onOpenSession={handleOpenSession} />
                <ChartLegend
                  hasBand={chart.band !== null}
                  hasFollowUps={chart.followUps.length > 0}
                  priorities={priorities}
                />
                {chart.isDownsampled ? (
                  <p className="progress__note muted small">
                    {chart.drawn.length} of {chart.sessions.length} sessions drawn so the chart
                    stays readable. Pointing anywhere finds the nearest session, drawn or not; a
                    shorter range or the table shows every one.
                  </p>
                ) : null}
                {chart.sessions.length === 0 ? (
                  <p className="progress__note muted small">
                    No sessions in this time range. Races and their windows still show.
                  </p>
                ) : null}
              </>
            ) : null}
          </div>
          <ProgressSummaryPanel summary={progress.summary} rangeLabel={RANGE_LABELS[range]} />
        </div>
        <details
          className="progress__table"
          onToggle={(event) => setIsTableOpen(event.currentTarget.open)}
        >
          <summary>Show the chart’s sessions as a table</summary>
          {isTableOpen && chart ? (
            <ChartDataTable patientId={patientId} sessions={chart.sessions} />
          ) : null}
        </details>
      </section>
      <div className="progress__details">
        <section className="card" aria-labelledby="muscles-title">
          <div className="card__header">
            <h2 id="muscles-title">Muscles needled</h2>
            <span className="muted small">{RANGE_LABELS[range]}</span>
          </div>
          <MuscleTable stats={progress.muscles} />
        </section>
        <section className="card" aria-labelledby="heat-title">
          <div className="card__header">
            <h2 id="heat-title">Insertion points</h2>
            <span className="muted small">Recurring trigger points show hotter</span>
          </div>
          <div className="card__body">
            <InsertionHeatMap heat={progress.heat} sessionCount={progress.sessions.length} />
          </div>
        </section>
      </div>
    </div>
  )
}
