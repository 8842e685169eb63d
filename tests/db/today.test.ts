import { describe, expect, it } from 'vitest'
import { generateDemoClinic } from '../../src/shared/demo/demoClinic'
import { buildPatientInput, buildRaceInput, buildSessionInput } from '../factories'
import { buildSession } from '../factories/records'
import { COUNT_CAP } from '../../src/renderer/src/db/repositories/today'
import { createTestDb } from './testDb'

async function clinicWith(names: string[]) {
  const ctx = createTestDb()
  const ids: string[] = []
  for (const firstName of names) {
    const created = await ctx.repos.patients.create(buildPatientInput({ firstName }))
    if (!created.ok) throw new Error('setup failed')
    ids.push(created.value.id)
  }
  return { ...ctx, ids }
}

describe('marks kept beside sessions', () => {
  it('follows each session write: needled and unchecked, adverse events, deleted', async () => {
    const { repos, db, ids } = await clinicWith(['Ana'])
    const saved = await repos.sessions.create(
      ids[0]!,
      buildSessionInput({ date: '2026-03-15T09:00', hasNeedling: true })
    )
    if (!saved.ok) throw new Error(saved.error.message)
    expect(await db.marks.get(saved.value.id)).toEqual({
      id: saved.value.id,
      patientId: ids[0],
      followUpAt: '2026-03-15T09:00'
    })
    for (const checkpoint of ['24h', '48h', '72h'] as const) {
      const added = await repos.sessions.addFollowUp(saved.value.id, {
        checkpoint,
        recordedAt: '2026-03-16T08:00',
        soreness: 2,
        note: ''
      })
      expect(added.ok).toBe(true)
    }
    expect(await db.marks.get(saved.value.id)).toBeUndefined()

    const adverse = await repos.sessions.update(
      saved.value.id,
      buildSessionInput({
        date: '2026-03-15T09:00',
        hasNeedling: true,
        adverseEvents: [{ category: 'bruising', severity: 'mild', note: 'Small bruise' }]
      })
    )
    if (!adverse.ok) throw new Error(adverse.error.message)
    expect((await db.marks.get(saved.value.id))?.adverseAt).toBe('2026-03-15T09:00')

    const other = await repos.sessions.create(ids[0]!, buildSessionInput({ hasNeedling: true }))
    if (!other.ok) throw new Error(other.error.message)
    expect(await db.marks.get(other.value.id)).toBeDefined()
    expect((await repos.sessions.remove(other.value.id)).ok).toBe(true)
    expect(await db.marks.get(other.value.id)).toBeUndefined()
  })
})

describe('patient counts kept where patients are written', () => {
  it('counts patients by status through create, archive, trash, restore and purge', async () => {
    const { repos, ids } = await clinicWith(['Ana', 'Ben', 'Cy'])
    expect(await repos.patients.count('active')).toBe(3)
    await repos.patients.archive(ids[0]!)
    await repos.patients.moveToTrash(ids[1]!)
    expect(await repos.patients.count('active')).toBe(1)
    expect(await repos.patients.count('archived')).toBe(1)
    expect(await repos.patients.count('trashed')).toBe(1)
    expect((await repos.patients.purge(ids[1]!)).ok).toBe(true)
    expect(await repos.patients.count('trashed')).toBe(0)
    await repos.patients.unarchive(ids[0]!)
    expect(await repos.patients.count('active')).toBe(2)
  })

  it('tallies sessions and races as they are added and removed, and with a purged patient', async () => {
    const { repos, ids } = await clinicWith(['Ana', 'Ben'])
    const [ana, ben] = ids as [string, string]
    const s1 = await repos.sessions.create(ana, buildSessionInput({ date: '2026-03-10T09:00' }))
    const s2 = await repos.sessions.create(ben, buildSessionInput({ date: '2026-03-11T09:00' }))
    const race = await repos.races.create(ben, buildRaceInput())
    if (!s1.ok || !s2.ok || !race.ok) throw new Error('setup failed')
    expect(await repos.clinic.counts()).toEqual({ patients: 2, sessions: 2, races: 1 })
    expect((await repos.sessions.remove(s1.value.id)).ok).toBe(true)
    expect(await repos.clinic.counts()).toEqual({ patients: 2, sessions: 1, races: 1 })
    await repos.patients.moveToTrash(ben)
    expect((await repos.patients.purge(ben)).ok).toBe(true)
    expect(await repos.clinic.counts()).toEqual({ patients: 1, sessions: 0, races: 0 })
  })

  it('builds marks and counts when the demo clinic is loaded and when a backup is restored', async () => {
    const { repos, db } = createTestDb()
    const demo = generateDemoClinic(new Date('2026-03-16T09:00:00'))
    expect((await repos.clinic.loadDemo(demo)).ok).toBe(true)
    const active = demo.patients.filter((p) => p.status === 'active').length
    expect(await repos.patients.count('active')).toBe(active)
    const adverse = demo.sessions.filter((s) => s.adverseEvents.length > 0).map((s) => s.id)
    expect(adverse.length).toBeGreaterThan(0)
    const markedAdverse = await db.marks.where('adverseAt').above('').primaryKeys()
    expect([...markedAdverse].sort()).toEqual([...adverse].sort())

    const rows = {
      patients: demo.patients.slice(0, 2),
      races: [],
      sessions: demo.sessions.filter((s) =>
        demo.patients.slice(0, 2).some((p) => p.id === s.patientId)
      ),
      settings: [demo.settings],
      drafts: [],
      credentials: [],
      audit: [],
      measures: []
    }
    expect((await repos.backup.replaceAll(rows)).ok).toBe(true)
    expect(await repos.patients.count('active')).toBe(
      rows.patients.filter((p) => p.status === 'active').length
    )
    const marked = await db.marks.toCollection().primaryKeys()
    expect(marked.every((id) => rows.sessions.some((s) => s.id === id))).toBe(true)
  })
})

describe('Today reads', () => {
  it('reads only the first rows of a day and says how many it holds in all', async () => {
    const { repos, db, ids } = await clinicWith(['Ana', 'Ben'])
    await repos.patients.archive(ids[1]!)
    const day = Array.from({ length: 30 }, (_, i) =>
      buildSession({
        id: `s-${String(i).padStart(2, '0')}`,
        patientId: i === 0 ? ids[1]! : ids[0]!,
        date: `2026-03-16T${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`
      })
    )
    await db.sessions.bulkAdd([
      ...day,
      buildSession({ id: 'other-day', patientId: ids[0]!, date: '2026-03-15T10:00' })
    ])
    const read = await repos.today.sessionsBetween(
      '2026-03-16T00:00',
      '2026-03-16T23:59',
      5,
      repos.today.patientCache()
    )
    // The archived patient's session is left out, and the list starts with the next one.
    expect(read.rows.map((s) => s.id)).toEqual(['s-01', 's-02', 's-03', 's-04', 's-05'])
    expect(read.total).toBe(29)

    const all = await repos.today.sessionsBetween(
      '2026-03-16T00:00',
      '2026-03-16T23:59',
      50,
      repos.today.patientCache()
    )
    expect(all).toMatchObject({ total: 29, isExact: true })
    expect(all.rows).toHaveLength(29)
  })

  it('counts a long range only so far: past the cap it says there are more than that', async () => {
    const { repos, db, ids } = await clinicWith(['Ana'])
    const length = COUNT_CAP + 100
    await db.sessions.bulkAdd(
      Array.from({ length }, (_, i) =>
        buildSession({
          id: `s-${String(i).padStart(4, '0')}`,
          patientId: ids[0]!,
          date: `2026-03-16T${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`
        })
      )
    )
    const read = await repos.today.sessionsBetween(
      '2026-03-16T00:00',
      '2026-03-16T23:59',
      5,
      repos.today.patientCache()
    )
    expect(read.rows).toHaveLength(5)
    expect(read).toMatchObject({ isExact: false, isOver: true })
    expect(read.total).toBeGreaterThanOrEqual(COUNT_CAP)
    expect(read.total).toBeLessThan(length)
  })

  it('lists only current bookings: a later visit replaces the booking an earlier one made', async () => {
    const { repos, db, ids } = await clinicWith(['Ana', 'Ben'])
    const [ana, ben] = ids as [string, string]
    await db.sessions.bulkAdd([
      buildSession({
        id: 'old',
        patientId: ana,
        date: '2026-03-09T10:00',
        nextAppointment: '2026-03-16T10:00'
      }),
      buildSession({
        id: 'new',
        patientId: ana,
        date: '2026-03-12T10:00',
        nextAppointment: '2026-03-19T10:00'
      }),
      buildSession({
        id: 'ben',
        patientId: ben,
        date: '2026-03-10T10:00',
        nextAppointment: '2026-03-16T11:00'
      })
    ])
    await db.patients.update(ana, { lastSessionAt: '2026-03-12T10:00' })
    await db.patients.update(ben, { lastSessionAt: '2026-03-10T10:00' })
    const today = await repos.today.bookedBetween(
      '2026-03-16T00:00',
      '2026-03-16T23:59',
      10,
      repos.today.patientCache()
    )
    expect(today.rows.map((s) => s.id)).toEqual(['ben'])
    expect(today).toMatchObject({ total: 1, isExact: true })
  })

  it('finds soreness checks and adverse events through the marks, within their dates', async () => {
    const { repos, ids } = await clinicWith(['Ana'])
    const dates = ['2026-03-12T09:00', '2026-03-14T09:00', '2026-03-15T12:00', '2026-03-16T08:00']
    for (const date of dates) {
      const saved = await repos.sessions.create(
        ids[0]!,
        buildSessionInput({
          date,
          hasNeedling: true,
          adverseEvents:
            date === '2026-03-14T09:00'
              ? [{ category: 'bruising', severity: 'mild', note: '' }]
              : []
        })
      )
      if (!saved.ok) throw new Error(saved.error.message)
    }
    const followUps = await repos.today.followUpsBetween(
      '2026-03-12T09:00',
      '2026-03-15T09:00',
      10,
      repos.today.patientCache()
    )
    expect(followUps.rows.map((s) => s.date)).toEqual(['2026-03-12T09:00', '2026-03-14T09:00'])
    const adverse = await repos.today.adverseBetween(
      '2026-03-02T00:00',
      '2026-03-16T09:00',
      10,
      repos.today.patientCache()
    )
    expect(adverse.rows.map((s) => s.date)).toEqual(['2026-03-14T09:00'])
  })
})
