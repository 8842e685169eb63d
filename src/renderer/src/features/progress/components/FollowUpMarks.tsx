import { memo } from 'react'
import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import type { FollowUpPoint } from '../model/series'
import { CHART_COLORS } from './chartColors'

export type FollowUpMarksProps = { points: readonly FollowUpPoint[] }

/** Above the lines, below the session points. */
const Z_FOLLOW_UPS = 600
const SIZE = 4

/**
 * Post-needling soreness recorded at follow-up, as small diamonds where and when recorded.
 * One path for all of them: a long history has hundreds.
 */
export const FollowUpMarks = memo(function FollowUpMarks({ points }: FollowUpMarksProps) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y || points.length === 0) return null
  let d = ''
  for (const p of points) {
    const px = x(p.t)
    const py = y(p.soreness)
    if (px === undefined || py === undefined) continue
    d += `M${px.toFixed(1)} ${(py - SIZE).toFixed(1)}l${SIZE} ${SIZE}l${-SIZE} ${SIZE}l${-SIZE} ${-SIZE}z`
  }
  return (
    <ZIndexLayer zIndex={Z_FOLLOW_UPS}>
      <path d={d} fill={CHART_COLORS.followUp} aria-hidden="true" />
    </ZIndexLayer>
  )
})
