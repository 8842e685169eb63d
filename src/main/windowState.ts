export type Bounds = { x: number; y: number; width: number; height: number }
export type WindowState = Bounds & { isMaximized: boolean }

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 960, height: 640 }

/** Parses the saved window state; anything malformed is treated as nothing saved. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const v = value as Record<string, unknown>
    const numbers = ['x', 'y', 'width', 'height'].map((k) => v[k])
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null
    const [x, y, width, height] = numbers as number[]
    return { x: x!, y: y!, width: width!, height: height!, isMaximized: v['isMaximized'] === true }
  } catch {
    return null
  }
}

/**
 * Where to open the window: the saved bounds when they still sit on a connected display
 * (a monitor may have been unplugged since), otherwise the default size, centred by Electron.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Bounds[]
): Partial<Bounds> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE }
  const width = Math.max(saved.width, MIN_SIZE.width)
  const height = Math.max(saved.height, MIN_SIZE.height)
  const visible = workAreas.some((area) => overlap(area, { ...saved, width, height }) >= 0.5)
  if (!visible)
    return {
      width: Math.min(width, DEFAULT_SIZE.width),
      height: Math.min(height, DEFAULT_SIZE.height)
    }
  return { x: saved.x, y: saved.y, width, height }
}

/** Fraction of `window` inside `area`. */
function overlap(area: Bounds, window: Bounds): number {
  const w = Math.min(area.x + area.width, window.x + window.width) - Math.max(area.x, window.x)
  const h = Math.min(area.y + area.height, window.y + window.height) - Math.max(area.y, window.y)
  if (w <= 0 || h <= 0) return 0
  return (w * h) / (window.width * window.height)
}
