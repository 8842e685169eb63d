import type { MouseEvent, ReactElement } from 'react'

/** Each muscle's points get a shape as well as a colour, so they are told apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon'

export const MARKER_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'pentagon',
  'hexagon'
]

/** The shape for the muscle at this position in a session's list. */
export const shapeForIndex = (index: number): MarkerShape =>
  MARKER_SHAPES[index % MARKER_SHAPES.length]!

function polygon(corners: number, r: number, turn = -Math.PI / 2): string {
  return Array.from({ length: corners }, (_, i) => {
    const angle = turn + (i * 2 * Math.PI) / corners
    return `${(r * Math.cos(angle)).toFixed(2)},${(r * Math.sin(angle)).toFixed(2)}`
  }).join(' ')
}

export type MarkerGlyphProps = {
  shape: MarkerShape
  r: number
  fill: string
  className?: string
  onClick?: (event: MouseEvent<SVGElement>) => void
  children?: ReactElement
}

/** One marker drawn around (0, 0), about as large as a circle of radius r. */
export function MarkerGlyph({ shape, r, fill, className, onClick, children }: MarkerGlyphProps) {
  const common = { className, fill, onClick }
  switch (shape) {
    case 'square':
      return (
        <rect {...common} x={-r * 0.9} y={-r * 0.9} width={r * 1.8} height={r * 1.8}>
          {children}
        </rect>
      )
    case 'triangle':
      return (
        <polygon {...common} points={polygon(3, r * 1.25)}>
          {children}
        </polygon>
      )
    case 'diamond':
      return (
        <polygon {...common} points={polygon(4, r * 1.2)}>
          {children}
        </polygon>
      )
    case 'pentagon':
      return (
        <polygon {...common} points={polygon(5, r * 1.1)}>
          {children}
        </polygon>
      )
    case 'hexagon':
      return (
        <polygon {...common} points={polygon(6, r * 1.05, 0)}>
          {children}
        </polygon>
      )
    default:
      return (
        <circle {...common} r={r}>
          {children}
        </circle>
      )
  }
}

export type MarkerKeyProps = { shape: MarkerShape; color: string; number: number }

/** The marker of one muscle as a key beside its name: shape, colour and number. */
export function MarkerKey({ shape, color, number }: MarkerKeyProps) {
  return (
    <svg className="marker-key" viewBox="-6 -6 24 12" width={24} height={12} aria-hidden="true">
      <MarkerGlyph shape={shape} r={4.4} fill={color} className="marker-key__glyph" />
      <text x={12} y={4} className="marker-key__number">
        {number}
      </text>
    </svg>
  )
}
