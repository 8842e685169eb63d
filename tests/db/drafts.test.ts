import { describe, expect, it } from 'vitest'
import { buildPatientInput, buildSessionInput } from '../factories'
import { createTestDb } from './testDb'

async function withPatient() {
  const ctx = createTestDb()
  const patient = await ctx.repos.patients.create(buildPatientInput())
  if (!patient.ok) throw new Error('setup failed')
  return { ...ctx, patientId: patient.value.id }
}

describe('draft repository', () => {
  it('keeps one new-session draft per patient, stamped, replaced on each save', async () => {
    const { repos, setNow, patientId } = await withPatient()
    const first = await repos.drafts.put({
      id: `new:${patientId}`,
      patientId,
      sessionId: null,
      data: { diagnosis: 'Calf' }
    })
    expect(first.ok && first.value.updatedAt).toBe('2026-03-16T09:00:00.000Z')
    setNow(new Date('2026-03-16T09:05:00Z'))
    await repos.drafts.put({
      id: `new:${patientId}`,
      patientId,
      sessionId: null,
      data: { diagnosis: 'Calf strain' }
    })
    const drafts = await repos.drafts.forPatient(patientId)
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({
      data: { diagnosis: 'Calf strain' },
      updatedAt: '2026-03-16T09:05:00.000Z'
    })
  })

  it('keeps each patient’s draft apart, so switching patients loses nothing', async () => {
    const { repos, patientId } = await withPatient()
    const other = await repos.patients.create(buildPatientInput({ firstName: 'José' }))
    if (!other.ok) throw new Error('setup failed')
    await repos.drafts.put({ id: `new:${patientId}`, patientId, sessionId: null, data: 'a' })
    await repos.drafts.put({
      id: `new:${other.value.id}`,
      patientId: other.value.id,
      sessionId: null,
      data: 'b'
    })
    expect((await repos.drafts.get(`new:${patientId}`))?.data).toBe('a')
    expect((await repos.drafts.get(`new:${other.value.id}`))?.data).toBe('b')
  })

  it('refuses a draft whose id does not match its patient or session', async () => {
    const { repos, db, patientId } = await withPatient()
    const wrong = await repos.drafts.put({
      id: 'new:someone-else',
      patientId,
      sessionId: null,
      data: {}
    })
    expect(wrong.ok ? null : wrong.error.kind).toBe('refused')
    expect(await db.drafts.count()).toBe(0)
  })

  it('is deleted when discarded on purpose', async () => {
    const { repos, patientId } = await withPatient()
    await repos.drafts.put({ id: `new:${patientId}`, patientId, sessionId: null, data: {} })
    expect((await repos.drafts.remove(`new:${patientId}`)).ok).toBe(true)
    expect(await repos.drafts.get(`new:${patientId}`)).toBeUndefined()
  })

  it('goes with the save of an edited session, and stays when the save is refused', async () => {
    const { repos, patientId } = await withPatient()
    const saved = await repos.sessions.create(patientId, buildSessionInput())
    if (!saved.ok) throw new Error('setup failed')
    const id = saved.value.id
    const draft = { id: `edit:${id}`, patientId, sessionId: id, data: { painAfter: 1 } }

    await repos.drafts.put(draft)
    const refused = await repos.sessions.update(id, buildSessionInput({ painAfter: 11 }))
    expect(refused.ok).toBe(false)
    expect(await repos.drafts.get(`edit:${id}`)).toBeDefined()

    expect((await repos.sessions.update(id, buildSessionInput({ painAfter: 1 }))).ok).toBe(true)
    expect(await repos.drafts.get(`edit:${id}`)).toBeUndefined()
  })
})
