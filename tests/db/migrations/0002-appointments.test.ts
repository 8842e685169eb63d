import { describe, expect, it } from 'vitest'
import { buildSession } from '../../factories/records'
import { upgradeBetween } from '../migrationHarness'
import { createTestDb } from '../testDb'

const uniqueName = (): string => `racepoint-v2-${Math.random().toString(36).slice(2)}`

describe('version 2: sessions by next appointment', () => {
  it('keeps every session row as it was and finds sessions by their booked appointment', async () => {
    const rows = [
      buildSession({
        id: 'booked-today',
        date: '2026-03-09T10:00',
        nextAppointment: '2026-03-16T15:30'
      }),
      buildSession({
        id: 'booked-later',
        date: '2026-03-12T10:00',
        nextAppointment: '2026-03-20T09:00'
      }),
      buildSession({ id: 'none', date: '2026-03-13T10:00', nextAppointment: null }),
      buildSession({ id: 'past', date: '2026-02-01T10:00', nextAppointment: '2026-02-08T10:00' })
    ]
    const db = await upgradeBetween(uniqueName(), 1, 2, async (old) => {
      await old.table('sessions').bulkAdd(rows)
    })
    expect(db.verno).toBe(2)
    expect(await db.table('sessions').orderBy('id').toArray()).toEqual(
      [...rows].sort((a, b) => a.id.localeCompare(b.id))
    )
    const found: { id: string }[] = await db
      .table('sessions')
      .where('nextAppointment')
      .between('2026-03-16T00:00', '2026-03-23T23:59', true, true)
      .toArray()
    expect(found.map((s) => s.id)).toEqual(['booked-today', 'booked-later'])
    db.close()
  })
})

describe('session repository: appointments', () => {
  it('lists sessions whose next appointment falls in a window, earliest appointment first', async () => {
    const { repos, db } = createTestDb()
    await db.sessions.bulkAdd([
      buildSession({ id: 'a', nextAppointment: '2026-03-18T09:00' }),
      buildSession({ id: 'b', nextAppointment: '2026-03-16T08:00' }),
      buildSession({ id: 'c', nextAppointment: '2026-03-24T00:00' }),
      buildSession({ id: 'd', nextAppointment: null })
    ])
    const found = await repos.sessions.withAppointmentBetween(
      '2026-03-16T00:00',
      '2026-03-23T23:59'
    )
    expect(found.map((s) => s.id)).toEqual(['b', 'a'])
  })
})
