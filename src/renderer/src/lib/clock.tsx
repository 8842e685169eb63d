import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'

/** Where the app reads the time: one source, so "today" is consistent across screens. */
export type ClockSource = () => Date

const ClockContext = createContext<ClockSource>(() => new Date())

export function ClockProvider({ clock, children }: { clock: ClockSource; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>
}

export function useClock(): ClockSource {
  return useContext(ClockContext)
}

/** The current time, refreshed every minute so countdowns roll over at midnight. */
export function useNow(): Date {
  const clock = useClock()
  const [now, setNow] = useState(clock)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(clock()), 60_000)
    return () => window.clearInterval(timer)
  }, [clock])
  return now
}
