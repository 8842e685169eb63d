import { describe, expect, it } from 'vitest'
import { buildPatientInput, buildRaceInput } from '../factories'
import { createTestDb } from './testDb'

async function withPatient() {
  const test = createTestDb()
  const created = await test.repos.patients.create(buildPatientInput())
  if (!created.ok) throw new Error(created.error.message)
  return { ...test, patientId: created.value.id }
}

describe('race repository', () => {
  it('adds a race to a patient and lists their races earliest first', async () => {
    const { repos, patientId } = await withPatient()
    await repos.races.create(patientId, buildRaceInput({ name: 'Autumn', date: '2026-10-04' }))
    await repos.races.create(patientId, buildRaceInput({ name: 'Spring', date: '2026-04-12' }))
    expect((await repos.races.forPatient(patientId)).map((r) => r.name)).toEqual([
      'Spring',
      'Autumn'
    ])
  })

  it('refuses a race with bad input, naming each field, and writes nothing', async () => {
    const { repos, db, patientId } = await withPatient()
    const result = await repos.races.create(
      patientId,
      buildRaceInput({
        name: ' ',
        date: '2026-02-30',
        distance: { kind: 'custom', value: -3, unit: 'km' },
        goalSeconds: 12.5
      })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('validation')
    if (result.error.kind !== 'validation') return
    expect(result.error.fields).toEqual({
      name: 'Enter the race name',
      date: 'Enter a real date (year-month-day)',
      'distance.value': 'Enter a distance greater than zero',
      goalSeconds: 'Goal time is a time in h:mm:ss'
    })
    expect(await db.races.count()).toBe(0)
  })

  it('refuses a race for a patient who does not exist', async () => {
    const { repos } = createTestDb()
    const result = await repos.races.create('nobody', buildRaceInput())
    expect(result.ok ? null : result.error.kind).toBe('not-found')
  })

  it('finds each patient’s next race from today, race day included', async () => {
    const { repos, patientId } = await withPatient()
    const other = await repos.patients.create(buildPatientInput({ firstName: 'Other' }))
    if (!other.ok) throw new Error('setup failed')
    await repos.races.create(patientId, buildRaceInput({ name: 'Past', date: '2026-03-01' }))
    await repos.races.create(patientId, buildRaceInput({ name: 'Today', date: '2026-03-16' }))
    await repos.races.create(patientId, buildRaceInput({ name: 'Later', date: '2026-05-01' }))
    await repos.races.create(other.value.id, buildRaceInput({ name: 'Old', date: '2025-01-01' }))

    expect((await repos.races.nextForPatient(patientId, '2026-03-16'))?.name).toBe('Today')
    expect((await repos.races.nextForPatient(patientId, '2026-03-17'))?.name).toBe('Later')
    const next = await repos.races.nextForPatients([patientId, other.value.id], '2026-03-16')
    expect(next.get(patientId)?.name).toBe('Today')
    expect(next.has(other.value.id)).toBe(false)
  })

  it('edits and deletes a race', async () => {
    const { repos, setNow, patientId } = await withPatient()
    const created = await repos.races.create(patientId, buildRaceInput())
    if (!created.ok) throw new Error('setup failed')
    setNow(new Date('2026-03-17T09:00:00Z'))
    const updated = await repos.races.update(
      created.value.id,
      buildRaceInput({ priority: 'B', resultSeconds: 3 * 3600 + 25 * 60 + 3 })
    )
    expect(updated.ok && updated.value).toMatchObject({
      priority: 'B',
      resultSeconds: 12303,
      createdAt: '2026-03-16T09:00:00.000Z',
      updatedAt: '2026-03-17T09:00:00.000Z'
    })
    expect((await repos.races.remove(created.value.id)).ok).toBe(true)
    expect(await repos.races.forPatient(patientId)).toEqual([])
    const again = await repos.races.remove(created.value.id)
    expect(again.ok ? null : again.error.kind).toBe('not-found')
  })

  it('lists every race in the clinic between two days, both included', async () => {
    const { repos, patientId } = await withPatient()
    for (const date of ['2026-03-15', '2026-03-16', '2026-04-12', '2026-04-13']) {
      await repos.races.create(patientId, buildRaceInput({ name: date, date }))
    }
    expect((await repos.races.between('2026-03-16', '2026-04-12')).map((r) => r.date)).toEqual([
      '2026-03-16',
      '2026-04-12'
    ])
  })
})
