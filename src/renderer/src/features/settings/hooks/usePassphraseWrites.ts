import { useCallback } from 'react'
import { useRepositories } from '@renderer/lib/data'
import { useAuth } from '@renderer/lib/auth'

/** Setting passphrases: the owner's for other therapists, each therapist's own. */
export function usePassphraseWrites() {
  const { auth } = useRepositories()
  const { confirm } = useAuth()
  const setFor = useCallback(
    (therapistId: string, passphrase: string, isNew = false) =>
      auth.setPassphrase(therapistId, passphrase, { isNew }),
    [auth]
  )
  /** The therapist's own passphrase, changed after the current one is confirmed. */
  const changeOwn = useCallback(
    async (therapistId: string, current: string, next: string) => {
      const confirmed = await confirm(current)
      if (!confirmed.ok) return { ok: false as const, fields: { current: confirmed.error.message } }
      const set = await auth.setPassphrase(therapistId, next)
      if (!set.ok)
        return {
          ok: false as const,
          fields:
            set.error.kind === 'validation'
              ? { next: set.error.fields['passphrase'] ?? set.error.message }
              : { next: set.error.message }
        }
      return { ok: true as const, fields: {} }
    },
    [auth, confirm]
  )
  return { setFor, changeOwn }
}
