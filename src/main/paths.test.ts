import { describe, expect, it } from 'vitest'
import { resolveUserDataDir } from './paths'

describe('user-data folder override', () => {
  it('uses RACEPOINT_USER_DATA when set, relative to the working folder', () => {
    expect(resolveUserDataDir({ RACEPOINT_USER_DATA: '/tmp/clinic' }, '/home/me')).toBe(
      '/tmp/clinic'
    )
    expect(resolveUserDataDir({ RACEPOINT_USER_DATA: 'demo-data' }, '/home/me')).toBe(
      '/home/me/demo-data'
    )
  })

  it('keeps the default when unset or blank', () => {
    expect(resolveUserDataDir({}, '/home/me')).toBeNull()
    expect(resolveUserDataDir({ RACEPOINT_USER_DATA: '  ' }, '/home/me')).toBeNull()
  })
})
