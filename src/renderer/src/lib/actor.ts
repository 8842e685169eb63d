import type { TherapistRef } from '@shared/domain/session'

/**
 * Who the app acts as. The repositories read it for every write (the audit trail names them),
 * and the sign-in sets it; nothing else does.
 */
export type ActorHolder = {
  get: () => TherapistRef | null
  set: (who: TherapistRef | null) => void
}

export function createActorHolder(): ActorHolder {
  let current: TherapistRef | null = null
  return {
    get: () => current,
    set: (who) => {
      current = who
    }
  }
}
