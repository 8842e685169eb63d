/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series for Visual
 * Representation"): picks `threshold` of the points so the line keeps its visual shape. This
 * version judges several series at once (pain before and after), so each kept index keeps
 * both of its values and a session's drop is never split.
 *
 * `xs` must be ascending. Returns ascending indices, always including the first and last.
 */
export function lttbIndices(
  xs: readonly number[],
  series: readonly (readonly number[])[],
  threshold: number
): number[] {
  const n = xs.length
  if (threshold >= n || n <= 2) return xs.map((_, i) => i)
  if (threshold < 3) return threshold <= 1 ? [0] : [0, n - 1]

  const kept: number[] = [0]
  const bucketSize = (n - 2) / (threshold - 2)
  let a = 0
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1)
    // The next bucket's average is the third corner of every triangle in this bucket.
    const nextStart = end
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n)
    const nextCount = Math.max(1, nextEnd - nextStart)
    let avgX = 0
    const avgY = series.map(() => 0)
    for (let j = nextStart; j < nextStart + nextCount && j < n; j++) {
      avgX += xs[j]!
      series.forEach((ys, s) => (avgY[s]! += ys[j]!))
    }
    avgX /= nextCount
    avgY.forEach((_, s) => (avgY[s]! /= nextCount))

    let best = start
    let bestArea = -1
    for (let j = start; j < end; j++) {
      let area = 0
      series.forEach((ys, s) => {
        area += Math.abs(
          (xs[a]! - avgX) * (ys[j]! - ys[a]!) - (xs[a]! - xs[j]!) * (avgY[s]! - ys[a]!)
        )
      })
      if (area > bestArea) {
        bestArea = area
        best = j
      }
    }
    kept.push(best)
    a = best
  }
  kept.push(n - 1)
  return kept
}

/** How many points a chart this wide can show: about one per two pixels. */
export function maxPointsForWidth(plotWidthPx: number): number {
  return Math.max(3, Math.floor(plotWidthPx / 2))
}
