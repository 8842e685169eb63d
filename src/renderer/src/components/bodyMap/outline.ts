import { BODY_MIDLINE } from '@shared/domain/muscles'

/**
 * Half a body silhouette, as (distance from midline, height) pairs running from the crown,
 * down the outside of the arm and leg, and back up the inside to the crotch. The other half
 * is its mirror image. Proportions fit the 100 x 220 body-map box.
 */
export const HALF_OUTLINE: readonly (readonly [number, number])[] = [
  [0, 4.5],
  [5.5, 5.5],
  [9, 10],
  [10, 17],
  [9, 24],
  [6.5, 29],
  [5.5, 33],
  [10, 36.5],
  [18, 38.5],
  [22.5, 42.5],
  [24, 52],
  [25, 66],
  [26.8, 82],
  [28.8, 98],
  [30.5, 107],
  [29.5, 115],
  [26.5, 115.5],
  [25.2, 105],
  [23.6, 97],
  [21, 81],
  [19.6, 66],
  [18.2, 55],
  [16.6, 50.5],
  [16, 62],
  [14.2, 77],
  [13.6, 88],
  [15.8, 99],
  [17.4, 111],
  [16.6, 129],
  [14.6, 148],
  [13.4, 159],
  [13.6, 171],
  [11.2, 191],
  [9.8, 202],
  [12.6, 210],
  [11.5, 215],
  [5.2, 215],
  [5.4, 203],
  [4.9, 190],
  [4.4, 171],
  [4.5, 159],
  [3.4, 141],
  [1.6, 121],
  [0, 118.5]
]

type Pt = readonly [number, number]

/** The full outline: the right half mirrored onto the left, as one closed loop. */
export function outlinePoints(): Pt[] {
  const right: Pt[] = HALF_OUTLINE.map(([dx, y]) => [BODY_MIDLINE + dx, y])
  const left: Pt[] = HALF_OUTLINE.slice(1, -1)
    .reverse()
    .map(([dx, y]) => [BODY_MIDLINE - dx, y])
  return [...right, ...left]
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString()

/** A smooth closed SVG path through the points (Catmull-Rom turned into cubic Béziers). */
export function smoothClosedPath(points: readonly Pt[]): string {
  const n = points.length
  if (n < 3) return ''
  const at = (i: number): Pt => points[(i + n) % n]!
  let d = `M${fmt(at(0)[0])} ${fmt(at(0)[1])}`
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)]
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += ` C${fmt(c1[0])} ${fmt(c1[1])} ${fmt(c2[0])} ${fmt(c2[1])} ${fmt(p2[0])} ${fmt(p2[1])}`
  }
  return `${d} Z`
}

export const BODY_OUTLINE_PATH = smoothClosedPath(outlinePoints())
