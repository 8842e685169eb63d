import type { RestoreOutcome } from './operations'

/**
 * A restore reloads the app so every screen starts from the restored data; the outcome waits
 * in session storage to be shown once the app is back.
 */
const KEY = 'racepoint.restoreOutcome'

let taken: RestoreOutcome | null | undefined

export function keepRestoreOutcome(outcome: RestoreOutcome): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(outcome))
  // The app starts again in this page (lib/restart.ts): the next start takes it.
  taken = undefined
}

/** The outcome of a restore that just reloaded the app, once per page load. */
export function takeRestoreOutcome(): RestoreOutcome | null {
  if (taken !== undefined) return taken
  const raw = window.sessionStorage.getItem(KEY)
  window.sessionStorage.removeItem(KEY)
  try {
    taken = raw ? (JSON.parse(raw) as RestoreOutcome) : null
  } catch {
    taken = null
  }
  return taken
}
