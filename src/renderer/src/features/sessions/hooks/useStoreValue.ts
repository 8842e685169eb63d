import { useMemo, useSyncExternalStore } from 'react'
import type { Store } from '../model/formStore'

/** A snapshot reader that returns the previous slice while it is still equal. */
function sliceReader<T, S>(
  store: Store<T>,
  selector: (state: T) => S,
  isEqual: (a: S, b: S) => boolean
): () => S {
  let cached: { value: S } | null = null
  return () => {
    const next = selector(store.get())
    if (cached && isEqual(cached.value, next)) return cached.value
    cached = { value: next }
    return next
  }
}

/**
 * A slice of a store; the component re-renders only when that slice changes (by `isEqual`).
 */
export function useStoreValue<T, S>(
  store: Store<T>,
  selector: (state: T) => S,
  isEqual: (a: S, b: S) => boolean = Object.is
): S {
  const getSnapshot = useMemo(
    () => sliceReader(store, selector, isEqual),
    [store, selector, isEqual]
  )
  return useSyncExternalStore(store.subscribe, getSnapshot)
}
