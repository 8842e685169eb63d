import { memo, useMemo, useState, type KeyboardEvent } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis
} from 'recharts'
import type { ProgressChart } from '../model/chart'
import { CHART_HEIGHT, chartMargin, Y_AXIS_WIDTH } from '../model/layout'
import { nearestIndex } from '../model/nearest'
import { sessionLabel } from '../model/series'
import { ActiveSession } from './ActiveSession'
import { CHART_COLORS, RACE_COLORS } from './chartColors'
import { FollowUpMarks } from './FollowUpMarks'
import { PointerLayer } from './PointerLayer'
import { RaceMarkers } from './RaceMarkers'
import { SessionPoints } from './SessionPoints'

export type PainChartProps = {
  chart: ProgressChart
  width: number
  onOpenSession: (sessionId: string) => void
}

const PAIN_TICKS = [0, 2, 4, 6, 8, 10]
/** Past this many points, thinner lines keep a long history legible. */
const DENSE_LINES_AT = 120
const AXIS_TICK = { fontSize: 11, fill: CHART_COLORS.tick }

/**
 * Pain before and after each session against the race calendar. Draws what the builders in
 * model/ produced; the pointer (or the arrow keys) picks the nearest session of all of them.
 */
export const PainChart = memo(function PainChart({ chart, width, onOpenSession }: PainChartProps) {
  const [activeIndex, setActiveIndex] = useState<number | null>(null)
  const [tooltipHost, setTooltipHost] = useState<HTMLDivElement | null>(null)
  const times = useMemo(() => chart.sessions.map((s) => s.t), [chart.sessions])
  const tickLabels = useMemo(() => new Map(chart.ticks.map((t) => [t.t, t.label])), [chart.ticks])
  const lineWidth = chart.drawn.length > DENSE_LINES_AT ? 1.1 : 2
  const active = activeIndex === null ? null : (chart.sessions[activeIndex] ?? null)

  const handlePoint = (t: number): void => {
    const index = nearestIndex(times, t)
    setActiveIndex(index === -1 ? null : index)
  }
  const handleSelect = (t: number): void => {
    const session = chart.sessions[nearestIndex(times, t)]
    if (session) onOpenSession(session.id)
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = chart.sessions.length - 1
    if (last < 0) return
    const current = activeIndex ?? last + 1
    const moves: Record<string, number> = {
      ArrowLeft: Math.max(0, current - 1),
      ArrowRight: activeIndex === null ? last : Math.min(last, current + 1),
      Home: 0,
      End: last
    }
    if (event.key in moves) {
      event.preventDefault()
      setActiveIndex(moves[event.key]!)
    } else if (event.key === 'Enter' && active) {
      event.preventDefault()
      onOpenSession(active.id)
    } else if (event.key === 'Escape') {
      setActiveIndex(null)
    }
  }

  const racesText = chart.markers.length === 1 ? '1 race' : `${chart.markers.length} races`
  const sessionsText =
    chart.sessions.length === 1 ? '1 session' : `${chart.sessions.length} sessions`

  return (
    <div
      className="pain-chart"
      ref={setTooltipHost}
      tabIndex={0}
      role="group"
      aria-roledescription="chart"
      aria-label={`Pain chart: ${sessionsText}, ${racesText}. Arrow keys move between sessions, Enter opens one.`}
      onKeyDown={handleKeyDown}
      onBlur={() => setActiveIndex(null)}
    >
      <ComposedChart
        width={width}
        height={CHART_HEIGHT}
        data={chart.series}
        margin={chartMargin(chart.labelLanes)}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[chart.domain[0], chart.domain[1]]}
          ticks={chart.ticks.map((t) => t.t)}
          tickFormatter={(t: number) => tickLabels.get(t) ?? ''}
          interval={0}
          allowDataOverflow
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: CHART_COLORS.axis }}
        />
        <YAxis
          type="number"
          domain={[0, 10]}
          ticks={PAIN_TICKS}
          interval={0}
          width={Y_AXIS_WIDTH}
          allowDataOverflow
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          label={{
            value: 'Pain (0–10)',
            angle: -90,
            position: 'insideLeft',
            offset: 8,
            style: { fontSize: 11, fill: CHART_COLORS.tick, textAnchor: 'middle' }
          }}
        />
        {chart.band ? (
          <ReferenceArea
            y1={0}
            y2={chart.band.upTo}
            fill={CHART_COLORS.band}
            fillOpacity={0.1}
            ifOverflow="hidden"
          />
        ) : null}
        {chart.windows.map((w) => (
          <ReferenceArea
            key={w.raceId}
            x1={w.start}
            x2={w.end}
            fill={RACE_COLORS[w.priority]}
            fillOpacity={0.13}
            ifOverflow="hidden"
          />
        ))}
        {chart.band ? (
          <ReferenceLine
            y={chart.band.baseline}
            stroke={CHART_COLORS.baseline}
            strokeDasharray="4 4"
            strokeOpacity={0.6}
            label={{
              value: `Baseline ${chart.band.baseline}`,
              position: 'insideBottomLeft',
              style: { fontSize: 11, fill: CHART_COLORS.baseline }
            }}
          />
        ) : null}
        <Line
          dataKey="before"
          stroke={CHART_COLORS.before}
          strokeWidth={lineWidth}
          dot={false}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="after"
          stroke={CHART_COLORS.after}
          strokeWidth={lineWidth}
          dot={false}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
        <FollowUpMarks points={chart.followUps} />
        <SessionPoints sessions={chart.drawn} />
        <RaceMarkers markers={chart.markers} />
        <ActiveSession session={active} tooltipHost={tooltipHost} />
        <PointerLayer
          onPoint={handlePoint}
          onSelect={handleSelect}
          onLeave={() => setActiveIndex(null)}
        />
      </ComposedChart>
      <div className="visually-hidden" aria-live="polite">
        {active ? sessionLabel(active) : ''}
      </div>
    </div>
  )
})
