import { describe, expect, it } from 'vitest'
import { upgradeSessionRowToV3 } from '../../../src/renderer/src/db/migrations/0003-records-as-given'
import { sessionSchema, type Session } from '../../../src/shared/domain/session'
import { buildSession } from '../../factories/records'
import { upgradeBetween } from '../migrationHarness'

const uniqueName = (): string => `racepoint-v3-${Math.random().toString(36).slice(2)}`

/** A session row as version 2 stored it: no screening answers, no handouts. */
function v2Row(overrides: Partial<Session> = {}): Record<string, unknown> {
  const { screening: _s, handouts: _h, ...row } = buildSession(overrides)
  return row
}

describe('version 3: sessions keep every screening answer and the sheets handed out', () => {
  it('marks older sessions as holding only their precautions, with no sheets kept', async () => {
    const rows = [
      v2Row({ id: 'flagged', screeningFlags: ['anticoagulants'] }),
      v2Row({ id: 'none', screeningFlags: [] })
    ]
    const db = await upgradeBetween(uniqueName(), 2, 3, async (old) => {
      await old.table('sessions').bulkAdd(rows)
    })
    expect(db.verno).toBe(3)
    const upgraded: Session[] = await db.table('sessions').orderBy('id').toArray()
    expect(upgraded.map((s) => s.id)).toEqual(['flagged', 'none'])
    for (const [i, session] of upgraded.entries()) {
      const before = rows.find((r) => r['id'] === session.id)!
      expect(session).toEqual({ ...before, screening: null, handouts: [] })
      expect(sessionSchema.safeParse(session).success, `row ${i}`).toBe(true)
    }
    // "No precautions" is never claimed for a session whose answers were not kept.
    expect(upgraded.find((s) => s.id === 'none')!.screening).toBeNull()
    db.close()
  })

  it('upgrades backup rows made at version 2 the same way', () => {
    const row = v2Row({ id: 'b' })
    expect(upgradeSessionRowToV3(row)).toEqual({ ...row, screening: null, handouts: [] })
    const current = buildSession({ id: 'c' })
    expect(upgradeSessionRowToV3(current)).toEqual(current)
  })
})
