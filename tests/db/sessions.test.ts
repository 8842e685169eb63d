import { describe, expect, it } from 'vitest'
import { buildPatientInput, buildRaceInput, buildSessionInput } from '../factories'
import { createTestDb } from './testDb'

async function withPatient() {
  const ctx = createTestDb()
  const patient = await ctx.repos.patients.create(buildPatientInput())
  if (!patient.ok) throw new Error('setup failed')
  return { ...ctx, patientId: patient.value.id }
}

describe('session repository', () => {
  it('saves a session, marks the patient as seen and clears the new-session draft', async () => {
    const { repos, db, patientId } = await withPatient()
    await db.drafts.put({
      id: `new:${patientId}`,
      patientId,
      sessionId: null,
      data: { painBefore: 6 },
      updatedAt: 'x'
    })
    const saved = await repos.sessions.create(
      patientId,
      buildSessionInput({ date: '2026-03-16T09:30' })
    )
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value).toMatchObject({
      status: 'open',
      amendments: [],
      followUps: [],
      painBefore: 6,
      painAfter: 3
    })
    expect((await repos.patients.get(patientId))?.lastSessionAt).toBe('2026-03-16T09:30')
    expect(await db.drafts.get(`new:${patientId}`)).toBeUndefined()
  })

  it('refuses a session for a patient who does not exist', async () => {
    const { repos, db } = createTestDb()
    const result = await repos.sessions.create('nobody', buildSessionInput())
    expect(result.ok ? null : result.error.kind).toBe('not-found')
    expect(await db.sessions.count()).toBe(0)
  })

  it('lists a patient’s sessions oldest first and finds the latest before a time', async () => {
    const { repos, patientId } = await withPatient()
    for (const date of ['2026-03-10T09:00', '2026-02-01T09:00', '2026-03-01T09:00']) {
      await repos.sessions.create(patientId, buildSessionInput({ date }))
    }
    expect((await repos.sessions.forPatient(patientId)).map((s) => s.date)).toEqual([
      '2026-02-01T09:00',
      '2026-03-01T09:00',
      '2026-03-10T09:00'
    ])
    expect((await repos.sessions.latestForPatient(patientId, '2026-03-10T09:00'))?.date).toBe(
      '2026-03-01T09:00'
    )
    expect((await repos.sessions.between('2026-03-01', '2026-03-10')).length).toBe(2)
  })

  it('edits an open session; a finalised one refuses edits but takes dated amendments', async () => {
    const { repos, setNow, patientId } = await withPatient()
    const saved = await repos.sessions.create(patientId, buildSessionInput())
    if (!saved.ok) throw new Error('setup failed')
    const id = saved.value.id
    expect((await repos.sessions.update(id, buildSessionInput({ painAfter: 2 }))).ok).toBe(true)
    expect(
      (await repos.sessions.amend(id, { text: 'x', by: { id: 't-1', name: 'Maya Chen' } })).ok
    ).toBe(false)

    const final = await repos.sessions.finalize(id, { id: 't-1', name: 'Maya Chen' })
    expect(final.ok && final.value.status).toBe('final')
    const edit = await repos.sessions.update(id, buildSessionInput({ painAfter: 0 }))
    expect(edit.ok ? null : edit.error.message).toMatch(/finalised/)

    setNow(new Date('2026-03-17T08:00:00Z'))
    const amended = await repos.sessions.amend(id, {
      text: 'Pain after was 1, not 2.',
      by: { id: 't-1', name: 'Maya Chen' }
    })
    if (!amended.ok) throw new Error(amended.error.message)
    expect(amended.value.painAfter).toBe(2)
    expect(amended.value.amendments).toEqual([
      expect.objectContaining({
        text: 'Pain after was 1, not 2.',
        at: '2026-03-17T08:00:00.000Z',
        by: { id: 't-1', name: 'Maya Chen' }
      })
    ])
    expect((await repos.sessions.remove(id)).ok).toBe(false)
  })

  it('adds soreness follow-ups, validated, even to a finalised session', async () => {
    const { repos, patientId } = await withPatient()
    const saved = await repos.sessions.create(patientId, buildSessionInput())
    if (!saved.ok) throw new Error('setup failed')
    await repos.sessions.finalize(saved.value.id, { id: 't-1', name: 'Maya Chen' })
    const bad = await repos.sessions.addFollowUp(saved.value.id, {
      checkpoint: '24h',
      recordedAt: '2026-03-17T10:00',
      soreness: 12,
      note: ''
    })
    expect(bad.ok ? null : bad.error.kind).toBe('validation')
    const good = await repos.sessions.addFollowUp(saved.value.id, {
      checkpoint: '24h',
      recordedAt: '2026-03-17T10:00',
      soreness: 4,
      note: 'Sore'
    })
    expect(good.ok && good.value.followUps.map((f) => f.soreness)).toEqual([4])

    const early = await repos.sessions.addFollowUp(saved.value.id, {
      checkpoint: '48h',
      recordedAt: '2026-03-15T10:00',
      soreness: 2,
      note: ''
    })
    expect(early.ok ? {} : early.error).toMatchObject({
      fields: { recordedAt: 'A follow-up is recorded after the session, not before it' }
    })
    expect((await repos.sessions.get(saved.value.id))?.followUps).toHaveLength(1)
  })
})

describe('race repository', () => {
  it('keeps a patient’s races in date order and finds the next one', async () => {
    const { repos, patientId } = await withPatient()
    await repos.races.create(patientId, buildRaceInput({ name: 'Late', date: '2026-10-04' }))
    await repos.races.create(patientId, buildRaceInput({ name: 'Past', date: '2026-01-04' }))
    await repos.races.create(patientId, buildRaceInput({ name: 'Soon', date: '2026-04-04' }))
    expect((await repos.races.forPatient(patientId)).map((r) => r.name)).toEqual([
      'Past',
      'Soon',
      'Late'
    ])
    expect((await repos.races.nextForPatient(patientId, '2026-03-16'))?.name).toBe('Soon')
    expect((await repos.races.between('2026-04-01', '2026-10-04')).map((r) => r.name)).toEqual([
      'Soon',
      'Late'
    ])
  })

  it('refuses a race without a name or a real date', async () => {
    const { repos, db, patientId } = await withPatient()
    const result = await repos.races.create(
      patientId,
      buildRaceInput({ name: ' ', date: '2026-02-30' })
    )
    expect(result.ok ? {} : result.error).toMatchObject({
      fields: { name: 'Enter the race name', date: 'Enter a real date (year-month-day)' }
    })
    expect(await db.races.count()).toBe(0)
  })
})

describe('settings repository', () => {
  it('returns defaults before anything is saved, and validates changes', async () => {
    const { repos } = createTestDb()
    expect(await repos.settings.get()).toMatchObject({
      isSetUp: false,
      units: 'km',
      paperSize: 'A4',
      raceWindow: { anyRaceHours: 72, aRaceDays: 7 }
    })
    const bad = await repos.settings.update({ raceWindow: { anyRaceHours: -1, aRaceDays: 7 } })
    expect(bad.ok ? {} : bad.error).toMatchObject({
      fields: { 'raceWindow.anyRaceHours': 'Hours cannot be negative' }
    })
    expect((await repos.settings.update({ units: 'mi' })).ok).toBe(true)
    expect((await repos.settings.get()).units).toBe('mi')
  })
})
