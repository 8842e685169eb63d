import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react'
import {
  BODY_MIDLINE,
  BODY_VIEW_HEIGHT,
  BODY_VIEW_WIDTH,
  type BodyView
} from '@shared/domain/muscles'
import type { BodyPoint } from '@shared/domain/session'
import { MarkerGlyph, type MarkerShape } from './markerShapes'
import { BODY_OUTLINE_PATH } from './outline'
import './bodyMap.css'

export type BodyMapMarker = BodyPoint & {
  color?: string
  label?: string
  /** Drawn beside the marker: the point's number, or its muscle's number in the list. */
  number?: number
  shape?: MarkerShape
}
export type BodyMapHeatPoint = BodyPoint & { weight: number; label?: string }

export type BodyMapProps = {
  /** Accessible name, e.g. "Insertion points". */
  label: string
  markers?: readonly BodyMapMarker[]
  /** Where the selected muscle sits, drawn as a soft target; the keyboard cursor starts there. */
  targets?: readonly BodyPoint[]
  /** Points drawn as a heat map; weight 0-1. */
  heat?: readonly BodyMapHeatPoint[]
  onAddPoint?: (point: BodyPoint) => void
  onMarkerClick?: (index: number) => void
  /** Delete on the selected point; with onAddPoint, makes the map a keyboard control. */
  onRemovePoint?: (index: number) => void
  /** How a point is announced, e.g. "point 2, left medial gastrocnemius, back view". */
  describePoint?: (point: BodyPoint, index: number) => string
  width?: number
  /** Marker size in body-map units; larger where points are placed by hand. */
  markerRadius?: number
  /** Size of the numbers beside markers, in body-map units. */
  numberSize?: number
}

const GAP = 24
const PAD_TOP = 16
const PAD_BOTTOM = 8
const VIEWS: readonly BodyView[] = ['front', 'back']
const VIEW_BOX_W = BODY_VIEW_WIDTH * 2 + GAP
const VIEW_BOX_H = BODY_VIEW_HEIGHT + PAD_TOP + PAD_BOTTOM
const offsetX = (view: BodyView): number => (view === 'front' ? 0 : BODY_VIEW_WIDTH + GAP)
/** Body-map units an arrow key moves the cursor; ten times that with Shift. */
const STEP = 2
const START: BodyPoint = { view: 'front', x: BODY_MIDLINE, y: 110 }

const round = (n: number): number => Math.round(n * 10) / 10

/** The cursor moved by (dx, dy), passing from the right edge of the front view to the back view. */
export function moveCursor(at: BodyPoint, dx: number, dy: number): BodyPoint {
  const y = Math.min(BODY_VIEW_HEIGHT, Math.max(0, at.y + dy))
  let x = at.x + dx
  let view = at.view
  if (x > BODY_VIEW_WIDTH && view === 'front') {
    view = 'back'
    x -= BODY_VIEW_WIDTH
  } else if (x < 0 && view === 'back') {
    view = 'front'
    x += BODY_VIEW_WIDTH
  }
  return { view, x: round(Math.min(BODY_VIEW_WIDTH, Math.max(0, x))), y: round(y) }
}

const defaultDescription = (point: BodyPoint, index: number): string =>
  `point ${index + 1}, ${point.view} view`

/**
 * Front and back views of the body; points are stored in each view's own 100 x 220 box.
 * Where points can be placed it is also a keyboard control: arrow keys move a cursor (Shift
 * for larger steps), Enter places a point, Delete removes the selected one, and each change
 * is announced.
 */
export function BodyMap({
  label,
  markers = [],
  targets = [],
  heat = [],
  onAddPoint,
  onMarkerClick,
  onRemovePoint,
  describePoint = defaultDescription,
  width = 300,
  markerRadius = 2.6,
  numberSize = 7
}: BodyMapProps) {
  const gradientId = useId()
  const hintId = useId()
  const isInteractive = Boolean(onAddPoint)
  const [cursor, setCursor] = useState<BodyPoint | null>(null)
  const [isFocused, setIsFocused] = useState(false)
  const [selected, setSelected] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const selectedIndex = selected !== null && selected < markers.length ? selected : null

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
    onAddPoint({ view, x: round(x), y: round(y) })
  }

  const markerAt = (at: BodyPoint): number =>
    markers.findIndex(
      (m) => m.view === at.view && Math.hypot(m.x - at.x, m.y - at.y) <= markerRadius + 0.5
    )

  const handleKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    if (!onAddPoint || event.ctrlKey || event.metaKey || event.altKey) return
    const at = cursor ?? targets[0] ?? START
    const step = event.shiftKey ? STEP * 5 : STEP
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step]
    }
    const move = moves[event.key]
    if (move) {
      event.preventDefault()
      const next = moveCursor(at, move[0], move[1])
      setCursor(next)
      const hit = markerAt(next)
      if (hit !== -1 && hit !== selectedIndex) {
        setSelected(hit)
        setAnnouncement(`Selected ${describePoint(markers[hit]!, hit)}`)
      } else if (next.view !== at.view) {
        setAnnouncement(`${next.view === 'front' ? 'Front' : 'Back'} view`)
      }
      return
    }
    if (event.key === 'Home') {
      event.preventDefault()
      setCursor(targets[0] ?? START)
      return
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      const hit = markerAt(at)
      if (hit !== -1) {
        setSelected(hit)
        setAnnouncement(`Selected ${describePoint(markers[hit]!, hit)}`)
        return
      }
      onAddPoint(at)
      setCursor(at)
      setSelected(markers.length)
      setAnnouncement(`Placed ${describePoint(at, markers.length)}`)
      return
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && onRemovePoint) {
      event.preventDefault()
      if (selectedIndex === null) {
        setAnnouncement('No point selected')
        return
      }
      const removed = describePoint(markers[selectedIndex]!, selectedIndex)
      onRemovePoint(selectedIndex)
      setSelected(null)
      setAnnouncement(`Removed ${removed}`)
    }
  }

  const shownCursor = isInteractive && isFocused ? (cursor ?? targets[0] ?? START) : null

  return (
    <>
      <svg
        className={`body-map ${isInteractive ? 'body-map--interactive' : ''}`}
        viewBox={`0 0 ${VIEW_BOX_W} ${VIEW_BOX_H}`}
        width={width}
        height={(width * VIEW_BOX_H) / VIEW_BOX_W}
        role={isInteractive ? 'application' : 'img'}
        aria-roledescription={isInteractive ? 'body map' : undefined}
        aria-label={label}
        aria-describedby={isInteractive ? hintId : undefined}
        tabIndex={isInteractive ? 0 : undefined}
        onClick={handleClick}
        onKeyDown={isInteractive ? handleKeyDown : undefined}
        onFocus={() => setIsFocused(true)}
        onBlur={() => setIsFocused(false)}
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
          <g
            key={`m${i}`}
            className={`body-map__point ${i === selectedIndex && isFocused ? 'is-selected' : ''}`}
            transform={`translate(${offsetX(m.view) + m.x} ${PAD_TOP + m.y})`}
          >
            {i === selectedIndex && isFocused ? (
              <circle className="body-map__selection" r={markerRadius + 2.2} />
            ) : null}
            <MarkerGlyph
              shape={m.shape ?? 'circle'}
              r={markerRadius}
              fill={m.color ?? '#0d7a78'}
              className={`body-map__marker ${onMarkerClick ? 'body-map__marker--removable' : ''}`}
              onClick={(event) => {
                if (!onMarkerClick) return
                event.stopPropagation()
                onMarkerClick(i)
              }}
            >
              <title>{m.label ?? 'Insertion point'}</title>
            </MarkerGlyph>
            {m.number !== undefined ? (
              <text
                className="body-map__number"
                x={markerRadius + 0.8}
                y={-markerRadius + 0.4}
                fontSize={numberSize}
              >
                {m.number}
              </text>
            ) : null}
          </g>
        ))}
        {shownCursor ? (
          <g
            className="body-map__cursor"
            transform={`translate(${offsetX(shownCursor.view) + shownCursor.x} ${PAD_TOP + shownCursor.y})`}
            aria-hidden="true"
          >
            {['body-map__cursor-halo', 'body-map__cursor-ink'].map((layer) => (
              <g key={layer} className={layer}>
                <circle r={5} />
                <path d="M-9 0H-3M3 0H9M0 -9V-3M0 3V9" />
              </g>
            ))}
          </g>
        ) : null}
      </svg>
      {isInteractive ? (
        <>
          <span id={hintId} className="visually-hidden">
            Arrow keys move the cursor, Shift with an arrow moves further, Enter places a point,
            Delete removes the selected point.
          </span>
          <span className="visually-hidden body-map__announcement" aria-live="polite">
            {announcement}
          </span>
        </>
      ) : null}
    </>
  )
}
