import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import type { ChartSession } from '../model/series'
import { CHART_COLORS } from './chartColors'

export type SessionPointsProps = { sessions: readonly ChartSession[] }

/** Above Recharts' lines (400) and scatter (600), below the pointer layer. */
const Z_POINTS = 700
/** Dense charts get smaller dots so neighbours stay apart. */
const DENSE_AT = 120

/**
 * Each drawn session: its pain before and after as two dots joined by a bar, so the drop
 * within the session shows; one named group per session for screen readers.
 */
export function SessionPoints({ sessions }: SessionPointsProps) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  const r = sessions.length > DENSE_AT ? 2.2 : 4
  return (
    <ZIndexLayer zIndex={Z_POINTS}>
      <g className="pain-points">
        {sessions.map((s) => {
          const px = x(s.t)
          if (px === undefined) return null
          const yBefore = s.before === null ? undefined : y(s.before)
          const yAfter = s.after === null ? undefined : y(s.after)
          return (
            <g key={s.id} role="img" aria-label={s.label}>
              {yBefore !== undefined && yAfter !== undefined && yBefore !== yAfter ? (
                <line
                  x1={px}
                  x2={px}
                  y1={yBefore}
                  y2={yAfter}
                  stroke={s.drop !== null && s.drop < 0 ? CHART_COLORS.rise : CHART_COLORS.drop}
                  strokeWidth={r > 3 ? 3 : 1.5}
                  strokeLinecap="round"
                />
              ) : null}
              {yBefore !== undefined ? (
                <circle cx={px} cy={yBefore} r={r} fill={CHART_COLORS.before} stroke="#fff" />
              ) : null}
              {yAfter !== undefined ? (
                <circle cx={px} cy={yAfter} r={r} fill={CHART_COLORS.after} stroke="#fff" />
              ) : null}
            </g>
          )
        })}
      </g>
    </ZIndexLayer>
  )
}
