import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ok } from '../../shared/result'
import { createLog } from '../log'
import { runHandler, type Handler } from './handle'

const handler = (
  run = vi.fn(async () =>
    ok({ version: '1', userDataPath: '/d', platform: 'linux', logFolder: '/d/logs' })
  )
): Handler<'app:get-info'> => ({
  request: z.null(),
  run
})

const from = (url: string) => ({ senderFrame: { url } })

describe('IPC handler guard', () => {
  it('answers a valid request from the app', async () => {
    expect(
      await runHandler(handler(), from('app://racepoint/index.html'), null, undefined)
    ).toEqual(ok({ version: '1', userDataPath: '/d', platform: 'linux', logFolder: '/d/logs' }))
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

describe('IPC in the log', () => {
  it('records refusals and failures by channel and code, never the request or the message', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'racepoint-ipc-log-'))
    const log = createLog({ folder })
    await runHandler(handler(), from('https://evil.example/'), null, undefined, log, 'app:get-info')
    await runHandler(
      handler(),
      from('app://racepoint/'),
      { patient: 'Zoë Martin' },
      undefined,
      log,
      'app:get-info'
    )
    await runHandler(
      handler(
        vi.fn(async () =>
          Promise.reject(
            Object.assign(new Error("ENOSPC: no space left, write '/home/maya/Zoë Martin.json'"), {
              code: 'ENOSPC'
            })
          )
        )
      ),
      from('app://racepoint/'),
      null,
      undefined,
      log,
      'app:get-info'
    )
    const text = await readFile(log.file, 'utf8')
    expect(text).not.toContain('Zoë')
    expect(text).not.toContain('evil.example')
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    ).toMatchObject([
      { level: 'warn', event: 'ipc.refused', channel: 'app:get-info', why: 'sender' },
      { level: 'warn', event: 'ipc.refused', channel: 'app:get-info', why: 'input' },
      { level: 'error', event: 'ipc.failed', channel: 'app:get-info', code: 'ENOSPC' }
    ])
  })
})
