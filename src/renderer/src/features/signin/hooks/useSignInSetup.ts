import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { newRecoveryCode } from '@shared/domain/auth/hash'
import { useRepositories } from '@renderer/lib/data'

/** Which therapists can sign in, and the writes that protect a clinic that has no sign-in yet. */
export function useSignInSetup() {
  const { auth, settings } = useRepositories()
  const withPassphrase = useLiveQuery(() => auth.withPassphrase(), [auth])

  /**
   * A clinic without any passphrase (new, or from before sign-in): its owner sets the first
   * one, and a recovery code is made for the day every passphrase is forgotten.
   */
  const protect = useCallback(
    async (ownerId: string, passphrase: string) => {
      const set = await auth.setPassphrase(ownerId, passphrase)
      if (!set.ok) return set
      const owned = await settings.update({ ownerId })
      if (!owned.ok) return owned
      const code = newRecoveryCode()
      const kept = await auth.setRecoveryCode(code)
      if (!kept.ok) return kept
      return { ok: true as const, value: code }
    },
    [auth, settings]
  )

  const recover = useCallback(
    (code: string, passphrase: string) => auth.recover(code, passphrase),
    [auth]
  )

  return { withPassphrase, protect, recover }
}
