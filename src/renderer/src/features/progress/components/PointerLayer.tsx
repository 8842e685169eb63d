import type { MouseEvent } from 'react'
import { usePlotArea, useXAxisInverseScale, ZIndexLayer } from 'recharts'

export type PointerLayerProps = {
  /** The time under the pointer, in ms since the epoch. */
  onPoint: (t: number) => void
  onSelect: (t: number) => void
  onLeave: () => void
}

const Z_POINTER = 1500

/**
 * A transparent surface over the plot that turns the pointer's position into a time, so the
 * chart can find the nearest session of all of them, drawn or downsampled away.
 */
export function PointerLayer({ onPoint, onSelect, onLeave }: PointerLayerProps) {
  const plot = usePlotArea()
  const toTime = useXAxisInverseScale()
  if (!plot || !toTime) return null
  const timeAt = (event: MouseEvent<SVGRectElement>): number | null => {
    const box = event.currentTarget.getBoundingClientRect()
    const t: unknown = toTime(plot.x + event.clientX - box.left)
    // A time scale inverts to a Date.
    return t instanceof Date ? t.getTime() : typeof t === 'number' ? t : null
  }
  return (
    <ZIndexLayer zIndex={Z_POINTER}>
      <rect
        className="pain-chart__pointer"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        onMouseMove={(event) => {
          const t = timeAt(event)
          if (t !== null) onPoint(t)
        }}
        onClick={(event) => {
          const t = timeAt(event)
          if (t !== null) onSelect(t)
        }}
        onMouseLeave={onLeave}
      />
    </ZIndexLayer>
  )
}
