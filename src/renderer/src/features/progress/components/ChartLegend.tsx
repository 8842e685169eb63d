import type { RacePriority } from '@shared/domain/race'
import { CHART_COLORS, RACE_COLORS } from './chartColors'

export type ChartLegendProps = {
  hasBand: boolean
  hasFollowUps: boolean
  priorities: readonly RacePriority[]
}

/** What each mark on the pain chart means. */
export function ChartLegend({ hasBand, hasFollowUps, priorities }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="0" x2="22" y1="5" y2="5" stroke={CHART_COLORS.before} strokeWidth="2" />
          <circle cx="11" cy="5" r="3.5" fill={CHART_COLORS.before} />
        </svg>
        Pain before
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="0" x2="22" y1="5" y2="5" stroke={CHART_COLORS.after} strokeWidth="2" />
          <circle cx="11" cy="5" r="3.5" fill={CHART_COLORS.after} />
        </svg>
        Pain after
      </li>
      <li>
        <svg width="8" height="14" aria-hidden="true">
          <line
            x1="4"
            x2="4"
            y1="2"
            y2="12"
            stroke={CHART_COLORS.drop}
            strokeWidth="3"
            strokeLinecap="round"
          />
        </svg>
        Drop in the session
      </li>
      {hasFollowUps ? (
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <path d="M6 1 L11 6 L6 11 L1 6 Z" fill={CHART_COLORS.followUp} />
          </svg>
          Soreness follow-up
        </li>
      ) : null}
      {hasBand ? (
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--band" aria-hidden="true" />
          Pain before treatment: clinically important improvement on the baseline
        </li>
      ) : null}
      {priorities.length > 0 ? (
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--window" aria-hidden="true" />
          Window before a race
        </li>
      ) : null}
      {priorities.map((p) => (
        <li key={p}>
          <svg width="14" height="14" aria-hidden="true">
            <line
              x1="7"
              x2="7"
              y1="0"
              y2="14"
              stroke={RACE_COLORS[p]}
              strokeWidth="2"
              strokeDasharray={p === 'A' ? undefined : p === 'B' ? '4 2' : '1.5 2.5'}
            />
          </svg>
          {p} race
        </li>
      ))}
    </ul>
  )
}
