import { memo } from 'react'
import { usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts'
import { LABEL_ROW_PX } from '../model/layout'
import type { RaceMarker } from '../model/races'
import { RACE_COLORS, RACE_DASH } from './chartColors'

export type RaceMarkersProps = { markers: readonly RaceMarker[] }

const Z_MARKERS = 650
const BADGE_W = 16

/** Each race as a vertical line through the plot, labelled above it with priority, name and distance. */
export const RaceMarkers = memo(function RaceMarkers({ markers }: RaceMarkersProps) {
  const x = useXAxisScale()
  const plot = usePlotArea()
  if (!x || !plot) return null
  return (
    <ZIndexLayer zIndex={Z_MARKERS}>
      <g className="race-markers">
        {markers.map((m) => {
          const px = x(m.t)
          if (px === undefined) return null
          const color = RACE_COLORS[m.priority]
          const labelY = plot.y - 8 - m.lane * LABEL_ROW_PX
          const anchor = m.isLabelLeft ? 'end' : 'start'
          const badgeX = m.isLabelLeft ? px - 4 - BADGE_W : px + 4
          const textX = m.isLabelLeft ? badgeX - 5 : badgeX + BADGE_W + 5
          return (
            <g key={m.id} role="img" aria-label={m.ariaLabel} data-priority={m.priority}>
              <line
                x1={px}
                x2={px}
                y1={labelY}
                y2={plot.y + plot.height}
                stroke={color}
                strokeWidth={m.priority === 'A' ? 2 : 1.5}
                strokeDasharray={RACE_DASH[m.priority]}
              />
              <rect x={badgeX} y={labelY - 12} width={BADGE_W} height={16} rx={8} fill={color} />
              <text
                x={badgeX + BADGE_W / 2}
                y={labelY}
                textAnchor="middle"
                className="race-markers__badge"
              >
                {m.priority}
              </text>
              <text x={textX} y={labelY} textAnchor={anchor} className="race-markers__text">
                {m.text}
              </text>
            </g>
          )
        })}
      </g>
    </ZIndexLayer>
  )
})
