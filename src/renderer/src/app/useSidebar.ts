import { useCallback, useEffect, useState } from 'react'

/** Below this width (CSS px, so also at 200% zoom) the sidebar starts as a rail of icons. */
export const NARROW_QUERY = '(max-width: 1100px)'
const STORAGE_KEY = 'racepoint.sidebar'

type Choice = 'collapsed' | 'expanded' | null

function readChoice(): Choice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return value === 'collapsed' || value === 'expanded' ? value : null
  } catch {
    return null
  }
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const list = window.matchMedia(query)
    const handleChange = (): void => setMatches(list.matches)
    list.addEventListener('change', handleChange)
    handleChange()
    return () => list.removeEventListener('change', handleChange)
  }, [query])
  return matches
}

/** Collapsed on a narrow window unless the therapist chose otherwise; the choice is remembered. */
export function useSidebar(): { isCollapsed: boolean; toggle: () => void } {
  const isNarrow = useMediaQuery(NARROW_QUERY)
  const [choice, setChoice] = useState<Choice>(readChoice)
  const isCollapsed = choice === null ? isNarrow : choice === 'collapsed'
  const toggle = useCallback(() => {
    const next = isCollapsed ? 'expanded' : 'collapsed'
    setChoice(next)
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not remembered, but still applied.
    }
  }, [isCollapsed])
  return { isCollapsed, toggle }
}
