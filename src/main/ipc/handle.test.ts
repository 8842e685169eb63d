import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ok } from '../../shared/result'
import { runHandler, type Handler } from './handle'

const handler = (
  run = vi.fn(async () => ok({ version: '1', userDataPath: '/d', platform: 'linux' }))
): Handler<'app:get-info'> => ({
  request: z.null(),
  run
})

const from = (url: string) => ({ senderFrame: { url } })

describe('IPC handler guard', () => {
  it('answers a valid request from the app', async () => {
    expect(
      await runHandler(handler(), from('app://racepoint/index.html'), null, undefined)
    ).toEqual(ok({ version: '1', userDataPath: '/d', platform: 'linux' }))
  })

  it('refuses a sender that is not the app, without running the handler', async () => {
    const run = vi.fn()
    const result = await runHandler(handler(run), from('https://evil.example/'), null, undefined)
    expect(result).toEqual({
      ok: false,
      error: 'Refused: the request did not come from Racepoint.'
    })
    expect(run).not.toHaveBeenCalled()
    expect((await runHandler(handler(run), { senderFrame: null }, null, undefined)).ok).toBe(false)
  })

  it('refuses input that does not match the channel', async () => {
    const run = vi.fn()
    const result = await runHandler(
      handler(run),
      from('app://racepoint/'),
      { path: '/etc' },
      undefined
    )
    expect(result.ok).toBe(false)
    expect(run).not.toHaveBeenCalled()
  })

  it('turns a thrown error into an error value', async () => {
    const result = await runHandler(
      handler(vi.fn(async () => Promise.reject(new Error('disk gone')))),
      from('app://racepoint/'),
      null,
      undefined
    )
    expect(result).toEqual({ ok: false, error: 'disk gone' })
  })
})
