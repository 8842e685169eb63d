import { memo, useId, useMemo } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis
} from 'recharts'
import { RETURN_STAGES } from '@shared/domain/measures/catalogue'
import type { AxisTick } from '../model/axis'
import type { MeasureChart } from '../model/measureCharts'
import type { RaceMarker, RaceWindowShade, TimeDomain } from '../model/races'
import { Y_AXIS_WIDTH } from '../model/layout'
import { CHART_COLORS, RACE_COLORS, RACE_DASH } from './chartColors'

export type MeasureChartViewProps = {
  chart: MeasureChart
  domain: TimeDomain
  ticks: readonly AxisTick[]
  windows: readonly RaceWindowShade[]
  markers: readonly RaceMarker[]
  width: number
}

export const MEASURE_CHART_HEIGHT = 150
const MARGIN = { top: 8, right: 16, bottom: 4, left: 0 }
const AXIS_TICK = { fontSize: 11, fill: CHART_COLORS.tick }
/** Dots mark each reading while they stay apart. */
const DOTS_UP_TO = 60

const LEFT = '#1d5fa8'
const RIGHT = '#b0501a'

function yTicks(chart: MeasureChart): number[] | undefined {
  if (chart.def.kind === 'result') return [0, 1]
  if (chart.def.kind === 'stage') return RETURN_STAGES.map((_, i) => i)
  return undefined
}

function yLabel(chart: MeasureChart, n: number): string {
  if (chart.def.kind === 'result') return n >= 0.5 ? 'Pos' : 'Neg'
  if (chart.def.kind === 'stage') return String(n + 1)
  return String(n)
}

/**
 * One measure on the shared time axis, under the pain chart: race windows and race days, the
 * baseline, the threshold band where the reference gives one, left and right lines (the
 * injured side drawn heavier), weekly bars for running volume. Draws what model/ built.
 */
export const MeasureChartView = memo(function MeasureChartView({
  chart,
  domain,
  ticks,
  windows,
  markers,
  width
}: MeasureChartViewProps) {
  const titleId = useId()
  const tickLabels = useMemo(() => new Map(ticks.map((t) => [t.t, t.label])), [ticks])
  const isTightness = chart.id.startsWith('tightness:')
  const lines = chart.isSided
    ? ([
        {
          key: 'left',
          name: isTightness
            ? 'Before needling'
            : `Left${chart.injuredSide === 'left' ? ' (injured)' : ''}`,
          color: LEFT,
          isHeavy: chart.injuredSide === 'left'
        },
        {
          key: 'right',
          name: isTightness
            ? 'After needling'
            : `Right${chart.injuredSide === 'right' ? ' (injured)' : ''}`,
          color: RIGHT,
          isHeavy: chart.injuredSide === 'right'
        }
      ] as const)
    : ([{ key: 'value', name: chart.title, color: CHART_COLORS.before, isHeavy: false }] as const)
  const hasDots = chart.points.length <= DOTS_UP_TO
  const unit =
    chart.unit && chart.unit !== '/10' ? ` (${chart.unit})` : chart.unit === '/10' ? ' (0–10)' : ''

  return (
    <figure className="measure-chart" aria-labelledby={titleId}>
      <div className="measure-chart__head">
        <h3 id={titleId} className="measure-chart__title">
          {chart.title}
          <span className="muted">{unit}</span>
          {chart.def.origin === 'clinic' ? (
            <span className="badge measure-chart__badge">Clinic’s own</span>
          ) : null}
        </h3>
        <ul className="measure-chart__legend" aria-label="Key">
          {chart.isBars
            ? null
            : lines.map((l) => (
                <li key={l.key}>
                  <span
                    className="measure-chart__swatch"
                    style={{ background: l.color, height: l.isHeavy ? 4 : 2 }}
                    aria-hidden="true"
                  />
                  {l.name}
                </li>
              ))}
          {chart.band ? (
            <li>
              <span
                className="measure-chart__swatch measure-chart__swatch--band"
                aria-hidden="true"
              />
              {chart.def.threshold?.kind === 'mdc' ? 'Measurement can vary' : 'Important change'}
            </li>
          ) : null}
          {chart.symmetry ? (
            <li className={chart.symmetry.isMet ? 'measure-chart__ok' : 'measure-chart__short'}>
              Symmetry {chart.symmetry.percent}% (target {chart.symmetry.target}%)
            </li>
          ) : null}
        </ul>
      </div>
      <div
        role="img"
        aria-label={`${chart.title}: ${chart.summary.join(' ')}${markers.length ? ` Races: ${markers.map((m) => m.ariaLabel).join('; ')}.` : ''}`}
      >
        <ComposedChart
          width={width}
          height={MEASURE_CHART_HEIGHT}
          data={chart.points}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[domain[0], domain[1]]}
            ticks={ticks.map((t) => t.t)}
            tickFormatter={(t: number) => tickLabels.get(t) ?? ''}
            interval={0}
            allowDataOverflow
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.axis }}
            height={20}
          />
          <YAxis
            type="number"
            domain={[chart.yDomain[0], chart.yDomain[1]]}
            ticks={yTicks(chart)}
            tickFormatter={(n: number) => yLabel(chart, n)}
            width={Y_AXIS_WIDTH}
            allowDataOverflow
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            tickCount={4}
          />
          {chart.zones ? (
            <>
              <ReferenceArea
                y1={0}
                y2={chart.zones.safeUpTo}
                fill={CHART_COLORS.band}
                fillOpacity={0.1}
                ifOverflow="hidden"
              />
              <ReferenceArea
                y1={chart.zones.safeUpTo}
                y2={chart.zones.acceptableUpTo}
                fill={CHART_COLORS.followUp}
                fillOpacity={0.1}
                ifOverflow="hidden"
              />
            </>
          ) : null}
          {chart.band ? (
            <ReferenceArea
              y1={chart.band.y1}
              y2={chart.band.y2}
              fill={CHART_COLORS.band}
              fillOpacity={0.12}
              ifOverflow="hidden"
            />
          ) : null}
          {windows.map((w) => (
            <ReferenceArea
              key={w.raceId}
              x1={w.start}
              x2={w.end}
              fill={RACE_COLORS[w.priority]}
              fillOpacity={0.13}
              ifOverflow="hidden"
            />
          ))}
          {markers.map((m) => (
            <ReferenceLine
              key={m.id}
              x={m.t}
              stroke={RACE_COLORS[m.priority]}
              strokeWidth={m.priority === 'A' ? 2 : 1.5}
              strokeDasharray={RACE_DASH[m.priority]}
              ifOverflow="hidden"
            />
          ))}
          {chart.baseline !== null && !chart.isBars ? (
            <ReferenceLine
              y={chart.baseline}
              stroke={CHART_COLORS.baseline}
              strokeDasharray="4 4"
              strokeOpacity={0.6}
            />
          ) : null}
          {chart.isBars ? (
            <Bar dataKey="value" fill={CHART_COLORS.after} barSize={6} isAnimationActive={false} />
          ) : (
            lines.map((l) => (
              <Line
                key={l.key}
                dataKey={l.key}
                stroke={l.color}
                strokeWidth={l.isHeavy ? 3 : 1.6}
                dot={hasDots ? { r: 2.5, fill: l.color, strokeWidth: 0 } : false}
                activeDot={false}
                connectNulls
                type={
                  chart.def.kind === 'result' || chart.def.kind === 'stage' ? 'stepAfter' : 'linear'
                }
                isAnimationActive={false}
              />
            ))
          )}
        </ComposedChart>
      </div>
      <ul className="measure-chart__summary">
        {chart.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </figure>
  )
})
