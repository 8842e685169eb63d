import { createElement, lazy, useState, type ComponentType } from 'react'

export type LazyScreen<P extends object> = {
  /** The screen: suspends while its code loads, renders at once when it has loaded. */
  Screen: ComponentType<P>
  /** Loads the screen's code ahead of time (at most once); resolves when it can render. */
  preload: () => Promise<void>
}

/**
 * A screen whose code loads when first needed, or sooner when preloaded. Unlike `React.lazy`
 * alone, a screen whose code is already here never suspends: React holds back what a suspended
 * boundary reveals for up to 300 ms, which made the first save's record, say, appear a third of
 * a second late though nothing was left to load.
 */
export function lazyScreen<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<void> | null = null
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (module) => {
        loaded = pick(module)
      },
      (error: unknown) => {
        // Tried again when next needed (a chunk may fail to load once).
        loading = null
        throw error
      }
    ))
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })))
  function Screen(props: P) {
    // Chosen once per mount, so a screen that mounted suspended is never remounted.
    const [Type] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return createElement(Type, props)
  }
  return { Screen, preload }
}
