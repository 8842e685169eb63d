import { anchorPoint, findMuscle } from '@shared/domain/muscles'
import type { Side } from '@shared/domain/common'
import type { BodyPoint } from '@shared/domain/session'

/** Body-map units within which a click lands on an existing point (a marker is 2.6 across). */
export const HIT_RADIUS = 3.5

const distance = (a: BodyPoint, b: BodyPoint): number => Math.hypot(a.x - b.x, a.y - b.y)

/** The index of the point a click at `at` lands on, or -1. */
export function hitPoint(points: readonly BodyPoint[], at: BodyPoint): number {
  let best = -1
  let bestDistance = HIT_RADIUS
  points.forEach((p, i) => {
    if (p.view !== at.view) return
    const d = distance(p, at)
    if (d <= bestDistance) {
      best = i
      bestDistance = d
    }
  })
  return best
}

/** A click on the body map: on an existing point it removes that point, elsewhere it adds one. */
export function togglePoint(points: readonly BodyPoint[], at: BodyPoint): BodyPoint[] {
  const hit = hitPoint(points, at)
  return hit === -1 ? [...points, at] : points.filter((_, i) => i !== hit)
}

export function removePoint(points: readonly BodyPoint[], index: number): BodyPoint[] {
  return points.filter((_, i) => i !== index)
}

// Successive keyboard points walk along the muscle: centre, then below, above, further out.
const OFFSETS: readonly [number, number][] = [
  [0, 0],
  [0, 5],
  [0, -5],
  [2.5, 2.5],
  [-2.5, -2.5],
  [0, 10],
  [0, -10]
]

/**
 * The points "Add point at muscle centre" adds: the muscle's centre on each treated side (both
 * for bilateral), or the next free spot near it when the centre already has a point.
 */
export function centrePoints(
  points: readonly BodyPoint[],
  muscleId: string,
  side: Side | null
): BodyPoint[] {
  const muscle = findMuscle(muscleId)
  if (!muscle || side === null) return [...points]
  const sides: ('left' | 'right')[] = side === 'bilateral' ? ['left', 'right'] : [side]
  const next = [...points]
  for (const s of sides) {
    const centre = anchorPoint(muscle.anchor, s)
    const free = OFFSETS.map(([dx, dy]) => ({
      view: centre.view,
      x: Math.min(100, Math.max(0, centre.x + dx)),
      y: Math.min(220, Math.max(0, centre.y + dy))
    })).find((candidate) => hitPoint(next, candidate) === -1)
    next.push(free ?? { ...centre })
  }
  return next
}

/** Where the muscle lies on the map for the chosen side(s): the soft target drawn under clicks. */
export function muscleTargets(muscleId: string, side: Side | null): BodyPoint[] {
  const muscle = findMuscle(muscleId)
  if (!muscle) return []
  const sides: ('left' | 'right')[] =
    side === 'left' || side === 'right' ? [side] : ['left', 'right']
  return sides.map((s) => anchorPoint(muscle.anchor, s))
}
