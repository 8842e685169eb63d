import { describe, expect, it } from 'vitest'
import { upgradeSessionRowToV4 } from '../../../src/renderer/src/db/migrations/0004-sign-in-and-audit'
import { sessionSchema, type Session } from '../../../src/shared/domain/session'
import { buildSession } from '../../factories/records'
import { upgradeBetween } from '../migrationHarness'

const uniqueName = (): string => `racepoint-v4-${Math.random().toString(36).slice(2)}`

/** A session row as version 3 stored it: nobody named as having entered it. */
function v3Row(overrides: Partial<Session> = {}): Record<string, unknown> {
  const { enteredBy: _e, ...row } = buildSession(overrides)
  return row
}

describe('version 4: therapists sign in and every access is on the trail', () => {
  it('names nobody as having entered older sessions, and adds the credentials and audit tables', async () => {
    const rows = [v3Row({ id: 'a' }), v3Row({ id: 'b' })]
    const db = await upgradeBetween(uniqueName(), 3, 4, async (old) => {
      await old.table('sessions').bulkAdd(rows)
    })
    expect(db.verno).toBe(4)
    const upgraded: Session[] = await db.table('sessions').orderBy('id').toArray()
    for (const session of upgraded) {
      expect(session.enteredBy).toBeNull()
      expect(sessionSchema.safeParse(session).success).toBe(true)
    }
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['audit', 'credentials', 'drafts', 'patients', 'races', 'sessions', 'settings'].sort()
    )
    const audit = db.table('audit')
    expect(audit.schema.primKey.keyPath).toBe('seq')
    expect(audit.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[patientId+seq]', '[therapistId+seq]', 'action', 'at'].sort()
    )
    db.close()
  })

  it('upgrades backup rows made at version 3 the same way', () => {
    const row = v3Row({ id: 'b' })
    expect(upgradeSessionRowToV4(row)).toEqual({ ...row, enteredBy: null })
    const current = buildSession({ id: 'c', enteredBy: { id: 't-1', name: 'Maya Chen' } })
    expect(upgradeSessionRowToV4(current)).toEqual(current)
  })
})
