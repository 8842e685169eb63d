import { useCallback, useMemo, useRef, useState } from 'react'
import { dayOf, toIsoDate } from '@shared/dates'
import type { MeasureRecording } from '@shared/domain/measures/record'
import type { InjuredSide } from '@shared/domain/measures/symmetry'
import { useMeasureRecordings } from '../hooks/useMeasureRecordings'
import { buildMeasureCharts } from '../model/measureCharts'
import { buildMuscleResponses } from '../model/muscleResponse'
import { MeasureChartView } from './MeasureChartView'
import { MuscleResponseTable } from './MuscleResponseTable'
import { RecordMeasuresDialog } from './RecordMeasuresDialog'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { navigate } from '@renderer/lib/router'
import { useNow } from '@renderer/lib/clock'
import { useElementWidth } from '../hooks/useElementWidth'
import { useProgress, useProgressDetails } from '../hooks/useProgress'
import { buildProgressChart } from '../model/chart'
import { CHART_HEIGHT, plotWidthFor } from '../model/layout'
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
  /** The side of the patient's diagnoses, when one side only. */
  injuredSide: InjuredSide | null
  /** The patient's sessions and races, oldest first; undefined while loading. */
  sessions: Session[] | undefined
  races: Race[] | undefined
  settings: Settings
}

const NO_SESSIONS: Session[] = []
const NO_RACES: Race[] = []
const NO_RECORDINGS: MeasureRecording[] = []
/** The chart, its key and the padding around them. */
const CHART_BOX_HEIGHT = CHART_HEIGHT + 80

/** The patient's recovery against their race calendar: chart, summary, muscles and insertion points. */
export function ProgressView({
  patientId,
  injuredSide,
  sessions,
  races,
  settings
}: ProgressViewProps) {
  const [range, setRange] = useState<ProgressRange>('all')
  const [isTableOpen, setIsTableOpen] = useState(false)
  const today = toIsoDate(useNow())
  const chartBox = useRef<HTMLDivElement>(null)
  const width = useElementWidth(chartBox)
  const allRecordings = useMeasureRecordings(patientId)
  const [isRecording, setIsRecording] = useState(false)
  const isLoading = sessions === undefined || races === undefined || allRecordings === undefined
  const progress = useProgress(sessions ?? NO_SESSIONS, races ?? NO_RACES, range, today)
  const recordings = useMemo(
    () =>
      (allRecordings ?? NO_RECORDINGS).filter(
        (r) => progress.from === null || dayOf(r.takenAt) >= progress.from!
      ),
    [allRecordings, progress.from]
  )
  const details = useProgressDetails(progress.sessions)
  const raceWindow = settings.raceWindow
  // Nothing is drawn until the sessions and races are in: an empty chart drawn first would
  // cost a full chart render only to be replaced.
  const chart = useMemo(
    () =>
      width > 0 && !isLoading
        ? buildProgressChart({
            sessions: progress.sessions,
            races: races ?? NO_RACES,
            raceWindow,
            today,
            from: progress.from,
            plotWidth: plotWidthFor(width),
            extraDays: recordings.map((r) => dayOf(r.takenAt))
          })
        : null,
    [progress, races, raceWindow, today, width, isLoading, recordings]
  )
  const measureCharts = useMemo(
    () =>
      width > 0 && !isLoading
        ? buildMeasureCharts({
            sessions: progress.sessions,
            recordings,
            clinicMeasures: settings.measures,
            injuredSide,
            units: settings.units,
            limbSymmetryPercent: settings.limbSymmetryPercent,
            runningPain: settings.runningPain,
            plotWidth: plotWidthFor(width)
          })
        : null,
    [progress.sessions, recordings, settings, injuredSide, width, isLoading]
  )
  const responses = useMemo(
    () =>
      details ? buildMuscleResponses(progress.sessions, settings.measures, settings.units) : null,
    [details, progress.sessions, settings.measures, settings.units]
  )
  const priorities = useMemo(
    () => [...new Set(chart?.markers.map((m) => m.priority) ?? [])].sort(),
    [chart]
  )
  const handleOpenSession = useCallback(
    (sessionId: string): void => navigate({ name: 'session', patientId, sessionId }),
    [patientId]
  )

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
          {/* Holds the chart's height from the start, so nothing below moves when it draws. */}
          <div className="progress__chart" ref={chartBox} style={{ minHeight: CHART_BOX_HEIGHT }}>
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
      <section className="card" aria-labelledby="measures-title" aria-busy={isLoading}>
        <div className="card__header measures-header">
          <div>
            <h2 id="measures-title">Measures</h2>
            <div className="muted small">
              On the same time axis as the pain chart, with the races and their windows
            </div>
          </div>
          <button type="button" className="btn btn--small" onClick={() => setIsRecording(true)}>
            Record measures between visits…
          </button>
        </div>
        <div
          className="card__body measure-charts"
          data-drawn={measureCharts && chart ? measureCharts.length : undefined}
        >
          {measureCharts && chart ? (
            measureCharts.length > 0 ? (
              measureCharts.map((m) => (
                <MeasureChartView
                  key={m.id}
                  chart={m}
                  domain={chart.domain}
                  ticks={chart.ticks}
                  windows={chart.windows}
                  markers={chart.markers}
                  width={width}
                />
              ))
            ) : (
              <p className="muted">
                No measures in this time range. Record them in a session’s Measures section, or
                between visits.
              </p>
            )
          ) : null}
        </div>
      </section>
      <section className="card" aria-labelledby="response-title">
        <div className="card__header">
          <h2 id="response-title">Response by muscle</h2>
          <span className="muted small">{RANGE_LABELS[range]}</span>
        </div>
        {responses ? (
          <MuscleResponseTable rows={responses} />
        ) : (
          <div className="progress__placeholder" aria-busy="true" />
        )}
      </section>
      {isRecording ? (
        <RecordMeasuresDialog
          patientId={patientId}
          settings={settings}
          onClose={() => setIsRecording(false)}
        />
      ) : null}
      <div className="progress__details">
        <section className="card" aria-labelledby="muscles-title">
          <div className="card__header">
            <h2 id="muscles-title">Muscles needled</h2>
            <span className="muted small">{RANGE_LABELS[range]}</span>
          </div>
          {details ? (
            <MuscleTable stats={details.muscles} />
          ) : (
            <div className="progress__placeholder" aria-busy="true" />
          )}
        </section>
        <section className="card" aria-labelledby="heat-title">
          <div className="card__header">
            <h2 id="heat-title">Insertion points</h2>
            <span className="muted small">Recurring trigger points show hotter</span>
          </div>
          <div className="card__body" aria-busy={details === null}>
            {details ? (
              <InsertionHeatMap heat={details.heat} sessionCount={details.sessionCount} />
            ) : (
              <div className="progress__placeholder" />
            )}
          </div>
        </section>
      </div>
    </div>
  )
}
