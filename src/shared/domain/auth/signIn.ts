/** Failed sign-ins allowed before each further try has to wait. */
export const FREE_SIGN_IN_TRIES = 5
const FIRST_WAIT_SECONDS = 30
const LONGEST_WAIT_SECONDS = 15 * 60

/**
 * Seconds the next try must wait after `failures` failed tries in a row: none for the first
 * five, then 30 s, doubling up to 15 minutes (NIST SP 800-63B rate limiting).
 */
export function signInWaitSeconds(failures: number): number {
  if (failures < FREE_SIGN_IN_TRIES) return 0
  const doublings = failures - FREE_SIGN_IN_TRIES
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(doublings, 10))
}

/** Said for every failed sign-in: never which part was wrong. */
export const SIGN_IN_FAILED = 'That did not work. Check the name and the passphrase, and try again.'

/** Minutes without input before Racepoint locks: a clinic setting. */
export const DEFAULT_LOCK_MINUTES = 5
