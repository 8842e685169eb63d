import { useEffect, useState } from 'react'

/**
 * `value`, handed over only once the browser has painted the frame in which it changed; null
 * until then on the first render. For content below the fold that should not hold up what
 * the eye goes to first.
 */
export function useAfterPaint<T>(value: T): T | null {
  const [shown, setShown] = useState<{ value: T } | null>(null)
  useEffect(() => {
    let timer = 0
    // A frame callback runs just before a paint; the timeout after it runs once painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown({ value }), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [value])
  return shown ? shown.value : null
}
