import { describe, expect, it } from 'vitest'
import { passphraseProblem } from './passphrase'
import { signInWaitSeconds } from './signIn'

describe('passphrases as NIST SP 800-63B asks', () => {
  it('takes long passphrases of any characters, spaces included', () => {
    expect(passphraseProblem('tempo run at dawn')).toBeNull()
    expect(passphraseProblem('ζωή και τρέξιμο')).toBeNull()
    expect(passphraseProblem('x'.repeat(7) + 'y')).toBeNull()
  })

  it('refuses short, common, repeated and sequential ones, with the reason', () => {
    expect(passphraseProblem('short')).toMatch(/at least 8 characters/)
    expect(passphraseProblem('password')).toMatch(/most common passwords/)
    expect(passphraseProblem('Password123!')).toMatch(/most common passwords/)
    expect(passphraseProblem('qwertyuiop')).toMatch(/most common passwords/)
    expect(passphraseProblem('aaaaaaaaaa')).toMatch(/repeated/)
    expect(passphraseProblem('abcdefghij')).toMatch(/run of keys or letters/)
    expect(passphraseProblem('98765432')).toMatch(/run of keys or letters/)
    expect(passphraseProblem('a'.repeat(257))).toMatch(/at most 256/)
  })

  it('refuses the person’s own name or the clinic’s', () => {
    const names = ['Maya Chen', 'Riverside Running Physio']
    expect(passphraseProblem('Maya Chen', { names })).toMatch(/name/)
    expect(passphraseProblem('mayachen2026', { names })).toMatch(/name/)
    expect(passphraseProblem('riversiderunningphysio', { names })).toMatch(/name/)
    expect(passphraseProblem('maya runs the hills', { names })).toBeNull()
  })
})

describe('slowing down failed sign-ins', () => {
  it('lets five tries through, then waits 30 s, doubling up to 15 minutes', () => {
    expect([0, 1, 4].map(signInWaitSeconds)).toEqual([0, 0, 0])
    expect(signInWaitSeconds(5)).toBe(30)
    expect(signInWaitSeconds(6)).toBe(60)
    expect(signInWaitSeconds(9)).toBe(480)
    expect(signInWaitSeconds(10)).toBe(900)
    expect(signInWaitSeconds(40)).toBe(900)
  })
})
