import { RETURN_STAGES } from '@shared/domain/measures/catalogue'
import type { AxisTick } from '../model/axis'
import { Y_AXIS_WIDTH } from '../model/layout'
import type { MeasureChart, MeasurePoint } from '../model/measureCharts'
import type { RaceMarker, RaceWindowShade, TimeDomain } from '../model/races'
import { CHART_COLORS, RACE_COLORS, RACE_DASH } from './chartColors'

export const MEASURE_CHART_HEIGHT = 150
/** The same plot edges as the pain chart (Y axis left, 16 px right), so the time axes line up. */
const MARGIN = { top: 8, right: 16, bottom: 20, left: Y_AXIS_WIDTH }
/** Dots mark each reading while they stay apart. */
const DOTS_UP_TO = 60

export type PlotLine = {
  key: 'left' | 'right' | 'value'
  name: string
  color: string
  isHeavy: boolean
}

export type MeasurePlotProps = {
  chart: MeasureChart
  domain: TimeDomain
  ticks: readonly AxisTick[]
  windows: readonly RaceWindowShade[]
  markers: readonly RaceMarker[]
  width: number
  lines: readonly PlotLine[]
  label: string
}

function yTicksOf(chart: MeasureChart): number[] {
  const [lo, hi] = chart.yDomain
  if (chart.def.kind === 'result') return [0, 1]
  if (chart.def.kind === 'stage') return RETURN_STAGES.map((_, i) => i)
  const step = (hi - lo) / 4
  return [0, 1, 2, 3, 4].map((i) => Math.round((lo + step * i) * 10) / 10)
}

function yText(chart: MeasureChart, n: number): string {
  if (chart.def.kind === 'result') return n >= 0.5 ? 'Pos' : 'Neg'
  if (chart.def.kind === 'stage') return String(n + 1)
  return String(n)
}

/** A line through the readings with a value, in order; gaps in between are joined. */
function pathOf(
  points: readonly MeasurePoint[],
  key: PlotLine['key'],
  x: (t: number) => number,
  y: (v: number) => number,
  isStep: boolean
): string {
  let d = ''
  let prevY: number | null = null
  for (const p of points) {
    const v = p[key]
    if (v === null) continue
    const px = x(p.t).toFixed(1)
    const py = y(v).toFixed(1)
    if (d === '') d = `M${px},${py}`
    else d += isStep && prevY !== null ? `H${px}V${py}` : `L${px},${py}`
    prevY = y(v)
  }
  return d
}

/**
 * A small multiple drawn as plain SVG: with a dozen of them under the pain chart, a charting
 * library's cost per chart would be felt when the tab opens. It draws only what model/ built.
 */
export function MeasurePlot({
  chart,
  domain,
  ticks,
  windows,
  markers,
  width,
  lines,
  label
}: MeasurePlotProps) {
  const plotW = Math.max(1, width - MARGIN.left - MARGIN.right)
  const plotH = MEASURE_CHART_HEIGHT - MARGIN.top - MARGIN.bottom
  const span = Math.max(1, domain[1] - domain[0])
  const [y0, y1] = chart.yDomain
  const ySpan = Math.max(1e-9, y1 - y0)
  const x = (t: number): number => MARGIN.left + ((t - domain[0]) / span) * plotW
  const y = (v: number): number =>
    MARGIN.top + (1 - (Math.min(y1, Math.max(y0, v)) - y0) / ySpan) * plotH
  const clipX = (t: number): number => Math.min(MARGIN.left + plotW, Math.max(MARGIN.left, x(t)))
  const isStep = chart.def.kind === 'result' || chart.def.kind === 'stage'
  const hasDots = chart.points.length <= DOTS_UP_TO
  const inside = chart.points.filter((p) => p.t >= domain[0] && p.t <= domain[1])
  const bottom = MARGIN.top + plotH
  return (
    <svg
      className="measure-chart__svg"
      width={width}
      height={MEASURE_CHART_HEIGHT}
      role="img"
      aria-label={label}
    >
      {yTicksOf(chart).map((v) => (
        <g key={v}>
          <line
            x1={MARGIN.left}
            x2={MARGIN.left + plotW}
            y1={y(v)}
            y2={y(v)}
            stroke={CHART_COLORS.grid}
          />
          <text x={MARGIN.left - 6} y={y(v) + 4} textAnchor="end" className="measure-chart__tick">
            {yText(chart, v)}
          </text>
        </g>
      ))}
      <line
        x1={MARGIN.left}
        x2={MARGIN.left + plotW}
        y1={bottom}
        y2={bottom}
        stroke={CHART_COLORS.axis}
      />
      {ticks.map((t) =>
        t.t >= domain[0] && t.t <= domain[1] ? (
          <text
            key={t.t}
            x={x(t.t)}
            y={bottom + 14}
            textAnchor="middle"
            className="measure-chart__tick"
          >
            {t.label}
          </text>
        ) : null
      )}
      {chart.zones ? (
        <>
          <rect
            x={MARGIN.left}
            width={plotW}
            y={y(chart.zones.safeUpTo)}
            height={Math.max(0, y(y0) - y(chart.zones.safeUpTo))}
            fill={CHART_COLORS.band}
            fillOpacity={0.1}
          />
          <rect
            x={MARGIN.left}
            width={plotW}
            y={y(chart.zones.acceptableUpTo)}
            height={Math.max(0, y(chart.zones.safeUpTo) - y(chart.zones.acceptableUpTo))}
            fill={CHART_COLORS.followUp}
            fillOpacity={0.1}
          />
        </>
      ) : null}
      {chart.band ? (
        <rect
          x={MARGIN.left}
          width={plotW}
          y={y(chart.band.y2)}
          height={Math.max(0, y(chart.band.y1) - y(chart.band.y2))}
          fill={CHART_COLORS.band}
          fillOpacity={0.12}
        />
      ) : null}
      {windows.map((w) => (
        <rect
          key={w.raceId}
          x={clipX(w.start)}
          width={Math.max(0, clipX(w.end) - clipX(w.start))}
          y={MARGIN.top}
          height={plotH}
          fill={RACE_COLORS[w.priority]}
          fillOpacity={0.13}
        />
      ))}
      {markers.map((m) => (
        <line
          key={m.id}
          x1={x(m.t)}
          x2={x(m.t)}
          y1={MARGIN.top}
          y2={bottom}
          stroke={RACE_COLORS[m.priority]}
          strokeWidth={m.priority === 'A' ? 2 : 1.5}
          strokeDasharray={RACE_DASH[m.priority]}
        />
      ))}
      {chart.baseline !== null && !chart.isBars ? (
        <line
          x1={MARGIN.left}
          x2={MARGIN.left + plotW}
          y1={y(chart.baseline)}
          y2={y(chart.baseline)}
          stroke={CHART_COLORS.baseline}
          strokeDasharray="4 4"
          strokeOpacity={0.6}
        />
      ) : null}
      {chart.isBars
        ? inside.map((p) =>
            p.value === null ? null : (
              <rect
                key={p.t}
                x={x(p.t) - 3}
                width={6}
                y={y(p.value)}
                height={Math.max(0, bottom - y(p.value))}
                fill={CHART_COLORS.after}
              />
            )
          )
        : lines.map((l) => (
            <g key={l.key}>
              <path
                d={pathOf(inside, l.key, x, y, isStep)}
                fill="none"
                stroke={l.color}
                strokeWidth={l.isHeavy ? 3 : 1.6}
              />
              {hasDots
                ? inside.map((p) =>
                    p[l.key] === null ? null : (
                      <circle key={p.t} cx={x(p.t)} cy={y(p[l.key]!)} r={2.5} fill={l.color} />
                    )
                  )
                : null}
            </g>
          ))}
    </svg>
  )
}
