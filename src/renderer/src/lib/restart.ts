/**
 * Starting the app again in the same page, on whichever database now holds the clinic: after
 * sealing (the sealed database replaces the plain one) or a restore onto a new computer. The
 * clinic's key can be carried across in memory, so the therapist who sealed it stays signed
 * in; nothing is written anywhere. Without a registered start (tests), the page reloads.
 */
export type RestartCarry =
  | {
      /** The clinic's data key, to open the sealed database with; null to start at sign-in. */
      dataKey: Uint8Array | null
    }
  /** The same clinic's key as now (a restore into it): the therapist stays signed in. */
  | { keepKey: true }

let startAgain: ((carry: RestartCarry) => void) | null = null

export function onRestart(handler: (carry: RestartCarry) => void): void {
  startAgain = handler
}

export function restartApp(carry: RestartCarry): void {
  if (startAgain) startAgain(carry)
  else window.location.reload()
}
