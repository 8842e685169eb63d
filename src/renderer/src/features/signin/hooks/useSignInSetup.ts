import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { useRepositories } from '@renderer/lib/data'
import type { SealProgress } from '@renderer/db/sealing/clinicStore'

/** Which therapists can sign in, and the writes that protect a clinic that has no sign-in yet. */
export function useSignInSetup() {
  const { auth } = useRepositories()
  const withPassphrase = useLiveQuery(() => auth.withPassphrase(), [auth])

  /**
   * A clinic without any passphrase (new, or from before sign-in): its owner sets the first
   * one, a recovery code is made for the day every passphrase is forgotten, and the clinic's
   * records are sealed under a new key (both hold wrapped copies of it).
   */
  const protect = useCallback(
    (ownerId: string, passphrase: string, onProgress?: (p: SealProgress) => void) =>
      auth.protect(ownerId, passphrase, onProgress),
    [auth]
  )

  const recover = useCallback(
    (code: string, passphrase: string) => auth.recover(code, passphrase),
    [auth]
  )

  return { withPassphrase, protect, recover }
}
