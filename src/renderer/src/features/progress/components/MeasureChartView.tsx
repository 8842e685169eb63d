import { memo, useId } from 'react'
import type { AxisTick } from '../model/axis'
import type { MeasureChart } from '../model/measureCharts'
import type { RaceMarker, RaceWindowShade, TimeDomain } from '../model/races'
import { CHART_COLORS } from './chartColors'
import { MeasurePlot } from './MeasurePlot'

export type MeasureChartViewProps = {
  chart: MeasureChart
  domain: TimeDomain
  ticks: readonly AxisTick[]
  windows: readonly RaceWindowShade[]
  markers: readonly RaceMarker[]
  width: number
}

const LEFT = '#1d5fa8'
const RIGHT = '#b0501a'

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
      <MeasurePlot
        chart={chart}
        domain={domain}
        ticks={ticks}
        windows={windows}
        markers={markers}
        width={width}
        lines={lines}
        label={`${chart.title}: ${chart.summary.join(' ')}${markers.length ? ` Races: ${markers.map((m) => m.ariaLabel).join('; ')}.` : ''}`}
      />
      <ul className="measure-chart__summary">
        {chart.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </figure>
  )
})
