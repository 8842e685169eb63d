/** Index of the value in ascending `sorted` nearest to `target` (earlier one on a tie); -1 when empty. */
export function nearestIndex(sorted: readonly number[], target: number): number {
  if (sorted.length === 0) return -1
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < target) lo = mid + 1
    else hi = mid
  }
  if (lo > 0 && target - sorted[lo - 1]! <= sorted[lo]! - target) return lo - 1
  return lo
}
