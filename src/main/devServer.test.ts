import { describe, expect, it } from 'vitest'
import { devServerUrlFrom } from './devServer'

describe('the dev server address', () => {
  it('is ignored by a production build, packaged or not', () => {
    for (const url of ['http://localhost:5173', 'https://evil.example/', 'http://127.0.0.1:5173'])
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: url }, false)).toBeUndefined()
  })

  it('is honoured in a development build, as the origin of a loopback http address', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBe(
      'http://localhost:5173'
    )
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, true)).toBe(
      'http://127.0.0.1:5173'
    )
    expect(devServerUrlFrom({}, true)).toBeUndefined()
  })

  it('refuses anything but loopback http even in development', () => {
    for (const url of [
      'https://evil.example/',
      'http://evil.example:5173/',
      'http://localhost.evil.example:5173/',
      'http://user:pw@localhost:5173/',
      'file:///etc/passwd',
      'app://racepoint/',
      'not a url'
    ])
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: url }, true), url).toBeUndefined()
  })
})
