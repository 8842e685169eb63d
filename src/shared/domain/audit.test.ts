import { describe, expect, it } from 'vitest'
import {
  CHAIN_START,
  chainInput,
  checkChain,
  sealEntry,
  type AuditContent,
  type AuditEntry
} from './audit'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = CHAIN_START
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditContent = {
      seq,
      at: `2026-03-16T09:00:0${seq % 10}.000Z`,
      therapistId: 't-1',
      therapistName: 'Maya Chen',
      action: 'patient-viewed',
      patientId: `p-${seq}`,
      recordId: null,
      detail: ''
    }
    const entry = sealEntry(content, prev)
    out.push(entry)
    prev = entry.hash
  }
  return out
}

describe('the chained audit trail', () => {
  it('hashes each entry with SHA-256 over its content and the previous hash', async () => {
    const [first] = chain(1)
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(chainInput(first!, CHAIN_START))
    )
    const expected = [...new Uint8Array(digest)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
    expect(first!.hash).toBe(expected)
    expect(first!.prev).toBe(CHAIN_START)
  })

  it('checks an intact chain', async () => {
    expect(await checkChain(chain(5), CHAIN_START, 1)).toEqual({ ok: true, count: 5 })
  })

  it('finds an entry altered afterwards, even with its hash recomputed', async () => {
    const entries = chain(5)
    entries[2] = { ...entries[2]!, patientId: 'p-other' }
    expect(await checkChain(entries, CHAIN_START, 1)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'altered'
    })
    const resealed = chain(5)
    resealed[2] = sealEntry({ ...resealed[2]!, patientId: 'p-other' }, resealed[2]!.prev)
    expect(await checkChain(resealed, CHAIN_START, 1)).toMatchObject({ ok: false, brokenAt: 4 })
  })

  it('finds an entry removed', async () => {
    const entries = chain(5)
    entries.splice(1, 1)
    expect(await checkChain(entries, CHAIN_START, 1)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'missing'
    })
  })
})
