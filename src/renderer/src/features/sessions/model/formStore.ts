/**
 * A small external store for a form: each field reads only its own slice, so a keystroke
 * re-renders the field typed into, not the whole form.
 */
export type Store<T> = {
  get: () => T
  set: (update: T | ((current: T) => T)) => void
  subscribe: (listener: () => void) => () => void
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(update) {
      const next = typeof update === 'function' ? (update as (current: T) => T)(state) : update
      if (Object.is(next, state)) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** Same items in the same order (a list of keys read from the store). */
export function shallowEqualArrays<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]))
}
