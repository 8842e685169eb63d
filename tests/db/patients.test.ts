import { describe, expect, it } from 'vitest'
import { buildPatientRecord } from '../../src/shared/domain/patient'
import { buildPatientInput, buildRaceInput, buildSessionInput } from '../factories'
import { createTestDb } from './testDb'

describe('patient repository', () => {
  it('creates a patient with search keys and stamps, and reads it back', async () => {
    const { repos } = createTestDb()
    const result = await repos.patients.create(
      buildPatientInput({ firstName: ' Zoë ', lastName: "O'Brien" })
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value).toMatchObject({
      firstName: 'Zoë',
      lastName: "O'Brien",
      status: 'active',
      searchTerms: ['zoe', 'o', 'brien', 'obrien'],
      sortName: "o'brien zoe",
      createdAt: '2026-03-16T09:00:00.000Z'
    })
    expect(await repos.patients.get(result.value.id)).toEqual(result.value)
  })

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const { repos, db } = createTestDb()
    const result = await repos.patients.create(
      buildPatientInput({ lastName: '', dateOfBirth: '2030-01-01' })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({
      kind: 'validation',
      fields: {
        lastName: 'Enter a last name',
        dateOfBirth: 'Date of birth cannot be in the future'
      }
    })
    expect(await db.patients.count()).toBe(0)
  })

  it('finds patients by any name word, ignoring accents and case', async () => {
    const { repos } = createTestDb()
    for (const [firstName, lastName] of [
      ['Zoë', 'Martin'],
      ['Zoe', 'Adams'],
      ['José', 'Núñez'],
      ['Martina', 'Zoller']
    ]) {
      await repos.patients.create(buildPatientInput({ firstName, lastName }))
    }
    const names = async (q: string) =>
      (await repos.patients.search(q)).map((p) => `${p.firstName} ${p.lastName}`)
    expect(await names('ZOE')).toEqual(['Zoe Adams', 'Zoë Martin'])
    expect(await names('nunez')).toEqual(['José Núñez'])
    expect(await names('mart')).toEqual(['Zoë Martin', 'Martina Zoller'])
    expect(await names('zo mar')).toEqual(['Zoë Martin', 'Martina Zoller'])
    expect(await names('')).toEqual([])
  })

  it('lists by name or by most recent activity, per status', async () => {
    const { repos, setNow } = createTestDb()
    const a = await repos.patients.create(buildPatientInput({ firstName: 'Ana', lastName: 'Zed' }))
    setNow(new Date('2026-03-16T10:00:00Z'))
    const b = await repos.patients.create(buildPatientInput({ firstName: 'Bo', lastName: 'Adams' }))
    if (!a.ok || !b.ok) throw new Error('setup failed')
    expect((await repos.patients.list({ sort: 'name' })).map((p) => p.firstName)).toEqual([
      'Bo',
      'Ana'
    ])
    expect((await repos.patients.list({ sort: 'recent' })).map((p) => p.firstName)).toEqual([
      'Bo',
      'Ana'
    ])
    await repos.sessions.create(a.value.id, buildSessionInput({ date: '2026-03-16T18:00' }))
    expect((await repos.patients.list({ sort: 'recent' })).map((p) => p.firstName)).toEqual([
      'Ana',
      'Bo'
    ])
  })

  it('archives, trashes and restores, refusing moves that make no sense', async () => {
    const { repos } = createTestDb()
    const created = await repos.patients.create(buildPatientInput())
    if (!created.ok) throw new Error('setup failed')
    const id = created.value.id
    expect((await repos.patients.archive(id)).ok).toBe(true)
    expect(await repos.patients.count('active')).toBe(0)
    expect(await repos.patients.count('archived')).toBe(1)
    expect((await repos.patients.archive(id)).ok).toBe(false)
    expect((await repos.patients.moveToTrash(id)).ok).toBe(true)
    expect((await repos.patients.search('zoe', { status: 'trashed' })).length).toBe(1)
    expect((await repos.patients.restoreFromTrash(id)).ok).toBe(true)
    expect((await repos.patients.get(id))?.status).toBe('active')
  })

  it('purges only from the trash, taking sessions, races and drafts with the patient', async () => {
    const { repos, db } = createTestDb()
    const created = await repos.patients.create(buildPatientInput())
    const other = await repos.patients.create(buildPatientInput({ firstName: 'Other' }))
    if (!created.ok || !other.ok) throw new Error('setup failed')
    const id = created.value.id
    await repos.sessions.create(id, buildSessionInput())
    await repos.sessions.create(other.value.id, buildSessionInput())
    await repos.races.create(id, buildRaceInput())
    await db.drafts.put({
      id: `new:${id}`,
      patientId: id,
      sessionId: null,
      data: {},
      updatedAt: 'x'
    })

    expect(await repos.patients.related(id)).toEqual({ sessions: 1, races: 1 })
    const early = await repos.patients.purge(id)
    expect(early.ok ? null : early.error.kind).toBe('refused')

    await repos.patients.moveToTrash(id)
    const purged = await repos.patients.purge(id)
    expect(purged).toEqual({ ok: true, value: { sessions: 1, races: 1 } })
    expect(await db.patients.get(id)).toBeUndefined()
    expect(await db.drafts.count()).toBe(0)
    expect(await db.sessions.count()).toBe(1)
  })
})

describe('patient search for the list', () => {
  it('orders matches by name or by most recently seen, within the chosen status', async () => {
    const { repos, setNow } = createTestDb()
    const ids: Record<string, string> = {}
    for (const [i, [firstName, lastName]] of [
      ['Maël', 'Abbott'],
      ['Zoë', 'Marsh'],
      ['Mara', 'Young'],
      ['Marc', 'Archived']
    ].entries()) {
      setNow(new Date(`2026-03-1${i}T09:00:00Z`))
      const created = await repos.patients.create(buildPatientInput({ firstName, lastName }))
      if (!created.ok) throw new Error(created.error.message)
      ids[firstName!] = created.value.id
    }
    await repos.patients.archive(ids['Marc']!)
    const names = async (opts: Parameters<typeof repos.patients.search>[1]) =>
      (await repos.patients.search('ma', opts)).map((p) => p.firstName)

    expect(await names({ sort: 'name' })).toEqual(['Maël', 'Zoë', 'Mara'])
    expect(await names({ sort: 'recent' })).toEqual(['Mara', 'Zoë', 'Maël'])
    expect(await names({ status: 'archived' })).toEqual(['Marc'])
  })

  it('returns at most the limit asked for', async () => {
    const { repos } = createTestDb()
    for (let i = 0; i < 8; i++) {
      await repos.patients.create(buildPatientInput({ firstName: `Runner${i}`, lastName: 'Moss' }))
    }
    expect(await repos.patients.search('moss', { limit: 5 })).toHaveLength(5)
    expect(await repos.patients.search('moss')).toHaveLength(8)
  })

  it('stops a search whose signal is aborted (a newer keystroke superseded it)', async () => {
    const { repos } = createTestDb()
    await repos.patients.create(buildPatientInput({ firstName: 'Ana', lastName: 'Moss' }))
    const controller = new AbortController()
    controller.abort()
    await expect(
      repos.patients.search('ana moss', { signal: controller.signal })
    ).rejects.toMatchObject({ name: 'AbortError' })
    const live = new AbortController()
    expect(await repos.patients.search('ana moss', { signal: live.signal })).toHaveLength(1)
  })

  it('reads several patients by id in the order asked, skipping missing ones', async () => {
    const { repos } = createTestDb()
    const a = await repos.patients.create(buildPatientInput({ firstName: 'Ana' }))
    const b = await repos.patients.create(buildPatientInput({ firstName: 'Bo' }))
    if (!a.ok || !b.ok) throw new Error('setup failed')
    const got = await repos.patients.getMany([b.value.id, 'missing', a.value.id])
    expect(got.map((p) => p.firstName)).toEqual(['Bo', 'Ana'])
  })
})

describe('patient search beyond its first read', () => {
  it('finds the few patients matching every word when the first word matches many', async () => {
    const { db, repos } = createTestDb()
    const now = new Date('2026-03-16T09:00:00Z')
    const records = Array.from({ length: 40 }, (_, i) =>
      buildPatientRecord(
        buildPatientInput({
          firstName: 'Sofía',
          lastName: i === 7 ? 'García' : i === 31 ? 'Garber' : `Moss${i}`
        }),
        `p-${String(i).padStart(3, '0')}`,
        now
      )
    )
    await db.patients.bulkAdd(records)
    const found = await repos.patients.search('sofia gar', { limit: 5 })
    expect(found.map((p) => p.lastName)).toEqual(['Garber', 'García'])
  })

  it('skips patients of another status however many come first', async () => {
    const { db, repos } = createTestDb()
    const now = new Date('2026-03-16T09:00:00Z')
    const records = Array.from({ length: 40 }, (_, i) => ({
      ...buildPatientRecord(
        buildPatientInput({ firstName: 'Mo', lastName: `Runner${i}` }),
        `p-${String(i).padStart(3, '0')}`,
        now
      ),
      status: i < 37 ? ('archived' as const) : ('active' as const)
    }))
    await db.patients.bulkAdd(records)
    const found = await repos.patients.search('mo', { limit: 5 })
    expect(found.map((p) => p.lastName)).toEqual(['Runner37', 'Runner38', 'Runner39'])
    expect(await repos.patients.search('mo', { status: 'archived', limit: 5 })).toHaveLength(5)
  })

  it('narrows a very wide query by every word without reading every record', async () => {
    const { db, repos } = createTestDb()
    const now = new Date('2026-03-16T09:00:00Z')
    const records = Array.from({ length: 1600 }, (_, i) =>
      buildPatientRecord(
        buildPatientInput({
          firstName: 'Mo',
          lastName: i % 700 === 5 ? 'Garcia' : `Runner${i}`
        }),
        `p-${String(i).padStart(4, '0')}`,
        now
      )
    )
    await db.patients.bulkAdd(records)
    const found = await repos.patients.search('m g', { limit: 50 })
    expect(found.map((p) => p.id)).toEqual(['p-0005', 'p-0705', 'p-1405'])
    expect(await repos.patients.search('m', { limit: 50 })).toHaveLength(50)
  }, 20_000)

  it('answers a two-word query by fetching only the records that match both words', async () => {
    const { db, repos } = createTestDb()
    let recordsRead = 0
    // Counts the patient records the database hands back (keys-only reads hand back none).
    db.use({
      stack: 'dbcore',
      name: 'count-patient-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'patients') return table
          return {
            ...table,
            getMany: async (req) => {
              const rows = await table.getMany(req)
              recordsRead += rows.filter(Boolean).length
              return rows
            },
            query: async (req) => {
              const res = await table.query(req)
              if (req.values) recordsRead += res.result.length
              return res
            }
          }
        }
      })
    })
    const now = new Date('2026-03-16T09:00:00Z')
    const records = Array.from({ length: 900 }, (_, i) =>
      buildPatientRecord(
        buildPatientInput({
          firstName: i % 3 === 0 ? 'Sofía' : 'Ana',
          lastName: i % 300 === 0 ? 'García' : i % 2 === 0 ? 'Gonçalves' : 'Moss'
        }),
        `p-${String(i).padStart(4, '0')}`,
        now
      )
    )
    await db.patients.bulkAdd(records)
    recordsRead = 0
    const found = await repos.patients.search('sofia garc', { limit: 50 })
    expect(found.map((p) => p.id)).toEqual(['p-0000', 'p-0300', 'p-0600'])
    expect(recordsRead).toBe(3)
    recordsRead = 0
    const wide = await repos.patients.search('sofia g', { limit: 50 })
    expect(wide).toHaveLength(50)
    expect(wide.every((p) => p.firstName === 'Sofía' && p.lastName.startsWith('G'))).toBe(true)
    expect(recordsRead).toBeLessThanOrEqual(200)
  }, 20_000)

  it('lists a patient once even when two of their name words match', async () => {
    const { repos } = createTestDb()
    await repos.patients.create(buildPatientInput({ firstName: 'Orla', lastName: "O'Brien" }))
    expect(await repos.patients.search('o')).toHaveLength(1)
  })
})
