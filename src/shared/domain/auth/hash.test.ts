import { describe, expect, it } from 'vitest'
import {
  hashSecret,
  newRecoveryCode,
  normaliseRecoveryCode,
  PBKDF2_ITERATIONS,
  verifySecret
} from './hash'

describe('passphrase hashes', () => {
  it('are salted PBKDF2-SHA-256 with at least 600,000 iterations, and check only the same secret', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    const stored = await hashSecret('tempo run at dawn', 1000)
    const again = await hashSecret('tempo run at dawn', 1000)
    expect(stored.salt).not.toBe(again.salt)
    expect(stored.hash).not.toBe(again.hash)
    expect(stored.hash).not.toContain('tempo')
    expect(await verifySecret('tempo run at dawn', stored)).toBe(true)
    expect(await verifySecret('tempo run at dusk', stored)).toBe(false)
    expect(await verifySecret('', stored)).toBe(false)
  })

  it('use the stored iteration count, so a stronger default later still checks old hashes', async () => {
    const stored = await hashSecret('hill repeats in the rain', 2000)
    expect(stored.iterations).toBe(2000)
    expect(await verifySecret('hill repeats in the rain', stored)).toBe(true)
  })
})

describe('recovery codes', () => {
  it('are five groups of four unambiguous characters, read back whatever the case or spacing', () => {
    const code = newRecoveryCode()
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}$/)
    expect(newRecoveryCode()).not.toBe(code)
    expect(normaliseRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
  })
})
