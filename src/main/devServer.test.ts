import { describe, expect, it } from 'vitest'
import { devServerUrlFrom } from './devServer'

describe('the dev server address', () => {
  it('is the origin of a loopback http address', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBe(
      'http://localhost:5173'
    )
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' })).toBe(
      'http://127.0.0.1:5173'
    )
    expect(devServerUrlFrom({})).toBeUndefined()
  })

  it('is refused unless it is loopback http', () => {
    for (const url of [
      'https://evil.example/',
      'http://evil.example:5173/',
      'http://localhost.evil.example:5173/',
      'http://user:pw@localhost:5173/',
      'file:///etc/passwd',
      'app://racepoint/',
      'not a url'
    ])
      expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: url }), url).toBeUndefined()
  })
})
