import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * The width inside an element's padding, as a ResizeObserver reports it (`contentRect.width`):
 * measured the same way before the first paint, so the observer's first report, which follows
 * at once, finds the same width and draws nothing again.
 */
export function contentWidthOf(element: HTMLElement): number {
  const style = getComputedStyle(element)
  const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0)
  return Math.max(0, Math.floor(element.clientWidth - padding))
}

/**
 * The element's content width in pixels, measured before the first paint and again whenever
 * it resizes; 0 until measured.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(contentWidthOf(element))
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}
