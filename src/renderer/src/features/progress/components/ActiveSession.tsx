import { createPortal } from 'react-dom'
import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import type { ChartSession } from '../model/series'
import { CHART_COLORS } from './chartColors'
import { SessionTooltip } from './SessionTooltip'

export type ActiveSessionProps = {
  session: ChartSession | null
  /** The HTML element the tooltip is placed in (positioned over the chart). */
  tooltipHost: HTMLElement | null
}

const Z_ACTIVE = 1100
const TOOLTIP_GAP = 14

/** The session under the pointer or keyboard: a guide line, rings on its scores, and its tooltip. */
export function ActiveSession({ session, tooltipHost }: ActiveSessionProps) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const plot = usePlotArea()
  if (!session || !x || !y || !plot) return null
  const px = x(session.t)
  if (px === undefined) return null
  const scores = [session.before, session.after].filter((v): v is number => v !== null)
  const top = scores.length > 0 ? (y(Math.max(...scores)) ?? plot.y) : plot.y + plot.height / 2
  const isLeft = px > plot.x + plot.width * 0.55
  return (
    <>
      <ZIndexLayer zIndex={Z_ACTIVE}>
        <g className="pain-chart__active" aria-hidden="true">
          <line
            x1={px}
            x2={px}
            y1={plot.y}
            y2={plot.y + plot.height}
            stroke={CHART_COLORS.baseline}
            strokeDasharray="3 3"
          />
          {session.before !== null ? (
            <circle
              cx={px}
              cy={y(session.before)}
              r={7}
              fill="none"
              stroke={CHART_COLORS.before}
              strokeWidth={2}
            />
          ) : null}
          {session.after !== null ? (
            <circle
              cx={px}
              cy={y(session.after)}
              r={7}
              fill="none"
              stroke={CHART_COLORS.after}
              strokeWidth={2}
            />
          ) : null}
        </g>
      </ZIndexLayer>
      {tooltipHost
        ? createPortal(
            <SessionTooltip
              session={session}
              style={{
                left: isLeft ? undefined : px + TOOLTIP_GAP,
                right: isLeft ? tooltipHost.clientWidth - px + TOOLTIP_GAP : undefined,
                top: Math.max(0, Math.min(top - 20, plot.y + plot.height - 160))
              }}
            />,
            tooltipHost
          )
        : null}
    </>
  )
}
