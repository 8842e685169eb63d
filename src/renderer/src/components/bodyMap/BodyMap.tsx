import { useId, type MouseEvent } from 'react'
import {
  BODY_MIDLINE,
  BODY_VIEW_HEIGHT,
  BODY_VIEW_WIDTH,
  type BodyView
} from '@shared/domain/muscles'
import type { BodyPoint } from '@shared/domain/session'
import { BODY_OUTLINE_PATH } from './outline'
import './bodyMap.css'

export type BodyMapMarker = BodyPoint & { color?: string; label?: string }
export type BodyMapHeatPoint = BodyPoint & { weight: number; label?: string }

export type BodyMapProps = {
  /** Accessible name, e.g. "Insertion points". */
  label: string
  markers?: readonly BodyMapMarker[]
  /** Where the selected muscle sits, drawn as a soft target. */
  targets?: readonly BodyPoint[]
  /** Points drawn as a heat map; weight 0-1. */
  heat?: readonly BodyMapHeatPoint[]
  onAddPoint?: (point: BodyPoint) => void
  onMarkerClick?: (index: number) => void
  width?: number
  /** Marker size in body-map units; larger where points are placed by hand. */
  markerRadius?: number
}

const GAP = 24
const PAD_TOP = 16
const PAD_BOTTOM = 8
const VIEWS: readonly BodyView[] = ['front', 'back']
const VIEW_BOX_W = BODY_VIEW_WIDTH * 2 + GAP
const VIEW_BOX_H = BODY_VIEW_HEIGHT + PAD_TOP + PAD_BOTTOM
const offsetX = (view: BodyView): number => (view === 'front' ? 0 : BODY_VIEW_WIDTH + GAP)

/** Front and back views of the body; points are stored in each view's own 100 x 220 box. */
export function BodyMap({
  label,
  markers = [],
  targets = [],
  heat = [],
  onAddPoint,
  onMarkerClick,
  width = 300,
  markerRadius = 2.6
}: BodyMapProps) {
  const gradientId = useId()
  const isInteractive = Boolean(onAddPoint)

  const handleClick = (event: MouseEvent<SVGSVGElement>): void => {
    if (!onAddPoint) return
    const svg = event.currentTarget
    const matrix = svg.getScreenCTM()
    if (!matrix) return
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
    const view: BodyView = p.x < BODY_VIEW_WIDTH + GAP / 2 ? 'front' : 'back'
    const x = p.x - offsetX(view)
    const y = p.y - PAD_TOP
    if (x < 0 || x > BODY_VIEW_WIDTH || y < 0 || y > BODY_VIEW_HEIGHT) return
    onAddPoint({ view, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 })
  }

  return (
    <svg
      className={`body-map ${isInteractive ? 'body-map--interactive' : ''}`}
      viewBox={`0 0 ${VIEW_BOX_W} ${VIEW_BOX_H}`}
      width={width}
      height={(width * VIEW_BOX_H) / VIEW_BOX_W}
      role="img"
      aria-label={label}
      onClick={handleClick}
    >
      <defs>
        <radialGradient id={gradientId}>
          <stop offset="0%" stopColor="#e4572e" stopOpacity="0.85" />
          <stop offset="55%" stopColor="#f0a030" stopOpacity="0.35" />
          <stop offset="100%" stopColor="#f0a030" stopOpacity="0" />
        </radialGradient>
      </defs>
      {VIEWS.map((view) => (
        <g key={view} transform={`translate(${offsetX(view)} ${PAD_TOP})`} data-view={view}>
          <text className="body-map__caption" x={BODY_MIDLINE} y={-5} textAnchor="middle">
            {view === 'front' ? 'Front' : 'Back'}
          </text>
          <text className="body-map__side" x={6} y={12}>
            {view === 'front' ? 'R' : 'L'}
          </text>
          <text className="body-map__side" x={BODY_VIEW_WIDTH - 6} y={12} textAnchor="end">
            {view === 'front' ? 'L' : 'R'}
          </text>
          <path className="body-map__body" d={BODY_OUTLINE_PATH} />
          {view === 'back' ? (
            <path className="body-map__detail" d={`M${BODY_MIDLINE} 36 V 100`} />
          ) : null}
          {view === 'front' ? (
            <path
              className="body-map__detail"
              d={`M${BODY_MIDLINE - 12} 60 Q ${BODY_MIDLINE} 66 ${BODY_MIDLINE + 12} 60`}
            />
          ) : null}
          {heat
            .filter((h) => h.view === view)
            .map((h, i) => (
              <circle
                key={`h${i}`}
                cx={h.x}
                cy={h.y}
                r={4 + 6 * h.weight}
                fill={`url(#${CSS.escape(gradientId)})`}
                opacity={0.35 + 0.65 * h.weight}
              >
                {h.label ? <title>{h.label}</title> : null}
              </circle>
            ))}
          {targets
            .filter((t) => t.view === view)
            .map((t, i) => (
              <circle key={`t${i}`} className="body-map__target" cx={t.x} cy={t.y} r={6} />
            ))}
        </g>
      ))}
      {markers.map((m, i) => (
        <g key={`m${i}`} transform={`translate(${offsetX(m.view) + m.x} ${PAD_TOP + m.y})`}>
          <circle
            className={`body-map__marker ${onMarkerClick ? 'body-map__marker--removable' : ''}`}
            r={markerRadius}
            fill={m.color ?? '#0d7a78'}
            onClick={(event) => {
              if (!onMarkerClick) return
              event.stopPropagation()
              onMarkerClick(i)
            }}
          >
            <title>{m.label ?? 'Insertion point'}</title>
          </circle>
        </g>
      ))}
    </svg>
  )
}
