import { memo } from 'react'
import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import type { DrawnSession } from '../model/series'
import { CHART_COLORS } from './chartColors'

export type SessionPointsProps = { sessions: readonly DrawnSession[] }

/** Above Recharts' lines (400) and the follow-ups (600), below the pointer layer. */
const Z_POINTS = 700
/** Dense charts get smaller dots so neighbours stay apart. */
const DENSE_AT = 120

const dot = (x: number, y: number, r: number): string =>
  `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`

/**
 * Each drawn session: its pain before and after as two dots joined by a bar, so the drop
 * within the session shows. The bar (a rounded rectangle, so it has an extent even when the
 * scores are equal) is the session's named element for screen readers; the dots of all sessions are two paths, which keeps a long history
 * light to draw.
 */
export const SessionPoints = memo(function SessionPoints({ sessions }: SessionPointsProps) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  const r = sessions.length > DENSE_AT ? 2.2 : 4
  const barWidth = r > 3 ? 3 : 1.5
  let beforeDots = ''
  let afterDots = ''
  const bars = sessions.map((s) => {
    const px = x(s.t)
    if (px === undefined) return null
    const yBefore = s.before === null ? undefined : y(s.before)
    const yAfter = s.after === null ? undefined : y(s.after)
    if (yBefore !== undefined) beforeDots += dot(px, yBefore, r)
    if (yAfter !== undefined) afterDots += dot(px, yAfter, r)
    const top = Math.min(yBefore ?? yAfter!, yAfter ?? yBefore!)
    const height = Math.abs((yBefore ?? yAfter!) - (yAfter ?? yBefore!))
    return (
      <rect
        key={s.id}
        role="img"
        aria-label={s.label}
        x={px - barWidth / 2}
        y={top - barWidth / 2}
        width={barWidth}
        height={height + barWidth}
        rx={barWidth / 2}
        fill={s.drop !== null && s.drop < 0 ? CHART_COLORS.rise : CHART_COLORS.drop}
      />
    )
  })
  return (
    <ZIndexLayer zIndex={Z_POINTS}>
      <g className="pain-points">
        {bars}
        <path d={beforeDots} fill={CHART_COLORS.before} stroke="#fff" aria-hidden="true" />
        <path d={afterDots} fill={CHART_COLORS.after} stroke="#fff" aria-hidden="true" />
      </g>
    </ZIndexLayer>
  )
})
