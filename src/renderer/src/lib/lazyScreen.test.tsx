import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { lazyScreen } from './lazyScreen'

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>

function fakeModule() {
  let resolve!: (m: { Hello: typeof Hello }) => void
  const load = vi.fn(() => new Promise<{ Hello: typeof Hello }>((r) => (resolve = r)))
  return { load, resolve: (m = { Hello }) => resolve(m) }
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>

describe('lazyScreen', () => {
  it('renders a preloaded screen at once, without suspending', async () => {
    const module = fakeModule()
    const { Screen, preload } = lazyScreen(module.load, (m) => m.Hello)
    const ready = preload()
    module.resolve()
    await ready
    render(inSuspense(<Screen name="Maya" />))
    // Synchronously there: no fallback rendered in between.
    expect(screen.getByText('Hello Maya')).toBeTruthy()
    expect(screen.queryByText('Loading')).toBeNull()
  })

  it('suspends a screen whose code has not come yet, then shows it', async () => {
    const module = fakeModule()
    const { Screen } = lazyScreen(module.load, (m) => m.Hello)
    render(inSuspense(<Screen name="Sam" />))
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => module.resolve())
    expect(await screen.findByText('Hello Sam')).toBeTruthy()
  })

  it('loads the code once however often it is preloaded, and again after a failure', async () => {
    let calls = 0
    const load = vi.fn(() => {
      calls++
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Hello })
    })
    const { preload } = lazyScreen(load, (m) => m.Hello)
    await expect(preload()).rejects.toThrow('offline')
    await Promise.all([preload(), preload()])
    expect(load).toHaveBeenCalledTimes(2)
  })
})
