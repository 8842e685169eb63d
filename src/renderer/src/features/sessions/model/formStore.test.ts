import { describe, expect, it, vi } from 'vitest'
import { createStore, shallowEqualArrays } from './formStore'

describe('createStore', () => {
  it('tells subscribers about a change, and only about a real one', () => {
    const store = createStore({ a: 1 })
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set((s) => ({ ...s, a: 2 }))
    expect(store.get()).toEqual({ a: 2 })
    expect(listener).toHaveBeenCalledTimes(1)
    store.set((s) => s)
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.set({ a: 3 })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.get()).toEqual({ a: 3 })
  })

  it('compares key lists item by item', () => {
    expect(shallowEqualArrays(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(shallowEqualArrays(['a', 'b'], ['a'])).toBe(false)
    expect(shallowEqualArrays(['a', 'b'], ['b', 'a'])).toBe(false)
  })
})
