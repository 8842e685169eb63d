import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import type { TherapistRef } from '@shared/domain/session'
import type { SignInFailure } from '@renderer/db/repositories/auth'
import type { SealProgress } from '@renderer/db/sealing/clinicStore'
import { restartApp } from './restart'
import type { Result } from '@shared/result'
import { useRepositories } from './data'
import { onSystemLock } from './bridge'
import type { ActorHolder } from './actor'

export { createActorHolder, type ActorHolder } from './actor'

export type AuthState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; therapist: TherapistRef }
  | { status: 'locked'; therapist: TherapistRef }

export type Auth = {
  state: AuthState
  signIn: (therapistId: string, passphrase: string) => Promise<Result<TherapistRef, SignInFailure>>
  /** Unlocks as the therapist who was signed in, or as another ("switch therapist"). */
  unlock: (therapistId: string, passphrase: string) => Promise<Result<TherapistRef, SignInFailure>>
  lock: () => void
  signOut: () => void
  /** The signed-in therapist's passphrase again, for a deliberate act. */
  confirm: (passphrase: string) => Promise<Result<null, SignInFailure>>
  /** A patient looked at: on the trail once per patient per sign-in. */
  noteViewed: (patientId: string) => void
  /** While a clinic from before sealing is being sealed at sign-in: how far it has got. */
  sealing: SealProgress | null
  /** Sealed at this sign-in: the new recovery code to keep before the clinic opens. */
  sealed: { code: string } | null
  /** Opens the sealed clinic as this therapist, with its key (after sealing or protecting). */
  enterSealed: (therapist: TherapistRef, dataKey: Uint8Array) => void
  /** The recovery code made at sign-in's sealing is kept: the sealed clinic opens. */
  finishSealing: () => void
}

const AuthContext = createContext<Auth | null>(null)

/**
 * Kept in the tab's sessionStorage (memory only, gone when the window closes), so a reload
 * keeps the therapist signed in, and locked when they were or when the idle time has passed.
 */
const SESSION_KEY = 'racepoint.signed-in'
type Stored = { therapist: TherapistRef; activeAt: number; isLocked: boolean }

function readStored(): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(SESSION_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<Stored>
    const t = parsed.therapist
    if (!t || typeof t.id !== 'string' || typeof t.name !== 'string') return null
    return {
      therapist: { id: t.id, name: t.name },
      activeAt: typeof parsed.activeAt === 'number' ? parsed.activeAt : 0,
      isLocked: parsed.isLocked !== false
    }
  } catch {
    return null
  }
}

function writeStored(value: Stored | null): void {
  try {
    if (value) window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(value))
    else window.sessionStorage.removeItem(SESSION_KEY)
  } catch {
    // No storage: a reload signs out, which is the safe side.
  }
}

/** How long the key outlives a lock: the closing screens' last writes land in it. */
const KEY_GRACE_MS = 1_500
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
const IDLE_CHECK_MS = 5_000
const ACTIVE_SAVE_MS = 5_000

export type AuthProviderProps = {
  actor: ActorHolder
  /** Minutes without input before the app locks (a clinic setting). */
  lockMinutes: number
  children: ReactNode
}

export function AuthProvider({ actor, lockMinutes, children }: AuthProviderProps) {
  const { auth, audit } = useRepositories()
  const [state, setState] = useState<AuthState>(() => {
    const stored = readStored()
    if (!stored) return { status: 'signed-out' }
    const isIdle = Date.now() - stored.activeAt >= lockMinutes * 60_000
    // The key lives in memory only: after a reload it is gone, and the therapist signs in again.
    if (stored.isLocked || isIdle || !auth.isOpen())
      return { status: 'locked', therapist: stored.therapist }
    actor.set(stored.therapist)
    return { status: 'signed-in', therapist: stored.therapist }
  })
  const stateRef = useRef(state)
  const [sealing, setSealing] = useState<SealProgress | null>(null)
  const [sealed, setSealed] = useState<{
    code: string
    dataKey: Uint8Array
    therapist: TherapistRef
  } | null>(null)
  const viewed = useRef(new Set<string>())
  const lastInput = useRef(0)

  // The repositories act as the signed-in therapist, and as nobody while locked. The key is
  // dropped a moment after the signed-in screens are gone: what they were saving as they
  // closed (an open form's draft) is written sealed first, and nothing is left to read it.
  const closing = useRef<number | null>(null)
  const cancelClose = useCallback(() => {
    if (closing.current !== null) window.clearTimeout(closing.current)
    closing.current = null
  }, [])
  useEffect(() => {
    stateRef.current = state
    actor.set(state.status === 'signed-in' ? state.therapist : null)
    if (state.status === 'signed-in') return
    cancelClose()
    closing.current = window.setTimeout(() => {
      closing.current = null
      auth.closeKey()
    }, KEY_GRACE_MS)
  }, [state, actor, auth, cancelClose])
  useEffect(() => cancelClose, [cancelClose])

  const enter = useCallback(
    (therapist: TherapistRef) => {
      // For profiling: the moment the key is open and the clinic starts to paint.
      performance.mark('racepoint:signed-in')
      actor.set(therapist)
      viewed.current = new Set()
      lastInput.current = Date.now()
      writeStored({ therapist, activeAt: Date.now(), isLocked: false })
      setState({ status: 'signed-in', therapist })
    },
    [actor]
  )

  const lock = useCallback(() => {
    const current = stateRef.current
    if (current.status !== 'signed-in') return
    const locked: AuthState = { status: 'locked', therapist: current.therapist }
    stateRef.current = locked
    actor.set(null)
    writeStored({ therapist: current.therapist, activeAt: 0, isLocked: true })
    void audit.record({ action: 'locked', by: current.therapist })
    setState(locked)
  }, [audit, actor])

  const signIn = useCallback(
    async (therapistId: string, passphrase: string) => {
      cancelClose()
      const result = await auth.signIn(therapistId, passphrase)
      if (!result.ok || auth.isSealed()) {
        if (result.ok) enter(result.value)
        return result
      }
      // A clinic from before sealing is sealed now, by the therapist who signed in.
      setSealing({ done: 0, total: 0 })
      const outcome = await auth.seal(therapistId, passphrase, setSealing).catch(
        (error: unknown) =>
          ({
            ok: false,
            error: {
              kind: 'refused',
              message: `Racepoint could not encrypt the clinic’s records, so it left them as they were. (${error instanceof Error ? error.message : String(error)})`
            }
          }) as const
      )
      setSealing(null)
      if (!outcome.ok) return outcome
      setSealed({ ...outcome.value, therapist: result.value })
      return result
    },
    [auth, enter, cancelClose]
  )

  const enterSealed = useCallback((therapist: TherapistRef, dataKey: Uint8Array) => {
    writeStored({ therapist, activeAt: Date.now(), isLocked: false })
    restartApp({ dataKey })
  }, [])

  const unlock = useCallback(
    async (therapistId: string, passphrase: string) => {
      cancelClose()
      const previous = state.status === 'locked' ? state.therapist : null
      if (previous && previous.id === therapistId) {
        const confirmed = await auth.confirm(therapistId, passphrase)
        if (!confirmed.ok) return confirmed
        await audit.record({ action: 'unlocked', by: previous })
        enter(previous)
        return { ok: true as const, value: previous }
      }
      // Another therapist takes over: the one who was signed in is signed out.
      const result = await auth.signIn(therapistId, passphrase)
      if (result.ok) {
        if (previous) await audit.record({ action: 'signed-out', by: previous })
        enter(result.value)
      }
      return result
    },
    [auth, audit, enter, state, cancelClose]
  )

  const signOut = useCallback(() => {
    const current = stateRef.current
    if (current.status === 'signed-out') return
    stateRef.current = { status: 'signed-out' }
    actor.set(null)
    writeStored(null)
    void audit.record({ action: 'signed-out', by: current.therapist })
    setState({ status: 'signed-out' })
  }, [audit, actor])

  const confirm = useCallback(
    async (passphrase: string) => {
      if (state.status !== 'signed-in')
        return {
          ok: false as const,
          error: { kind: 'refused' as const, message: 'Sign in first.' }
        }
      return auth.confirm(state.therapist.id, passphrase)
    },
    [auth, state]
  )

  const noteViewed = useCallback(
    (patientId: string) => {
      if (state.status !== 'signed-in' || viewed.current.has(patientId)) return
      viewed.current.add(patientId)
      void audit.record({ action: 'patient-viewed', patientId, by: state.therapist })
    },
    [audit, state]
  )

  // Locks after the clinic's idle time without keyboard, pointer or touch input.
  const isSignedIn = state.status === 'signed-in'
  useEffect(() => {
    if (!isSignedIn) return
    lastInput.current = Date.now()
    let savedAt = 0
    const onInput = (): void => {
      const now = Date.now()
      lastInput.current = now
      if (now - savedAt > ACTIVE_SAVE_MS) {
        savedAt = now
        const stored = readStored()
        if (stored) writeStored({ ...stored, activeAt: now })
      }
    }
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true })
    const timer = window.setInterval(() => {
      if (Date.now() - lastInput.current >= lockMinutes * 60_000) lock()
    }, IDLE_CHECK_MS)
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true })
      window.clearInterval(timer)
    }
  }, [isSignedIn, lockMinutes, lock])

  // The operating system locked or went to sleep.
  useEffect(() => onSystemLock(lock), [lock])

  const value = useMemo<Auth>(
    () => ({
      state,
      signIn,
      unlock,
      lock,
      signOut,
      confirm,
      noteViewed,
      sealing,
      sealed: sealed ? { code: sealed.code } : null,
      enterSealed,
      finishSealing: () => {
        if (sealed) enterSealed(sealed.therapist, sealed.dataKey)
      }
    }),
    [state, signIn, unlock, lock, signOut, confirm, noteViewed, sealing, sealed, enterSealed]
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext)
  if (!auth) throw new Error('useAuth needs an AuthProvider above it')
  return auth
}

/** The signed-in therapist (only rendered inside the signed-in app). */
export function useSignedIn(): TherapistRef {
  const { state } = useAuth()
  if (state.status !== 'signed-in') throw new Error('useSignedIn outside the signed-in app')
  return state.therapist
}
