import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/shared/domain/settings'
import { buildSheet } from '../../src/renderer/src/features/sheets/model/buildSheet'
import { buildPatientInput, buildSessionInput } from '../factories'
import { createTestDb } from './testDb'

const MAYA = { id: 't-1', name: 'Maya Chen' }

async function withPatient() {
  const ctx = createTestDb()
  const patient = await ctx.repos.patients.create(buildPatientInput())
  if (!patient.ok) throw new Error('setup failed')
  return { ...ctx, patient: patient.value, patientId: patient.value.id }
}

describe('signed records are kept for the clinic’s retention period', () => {
  it('refuses to delete forever a patient with a signed session inside it, with the reason', async () => {
    const { repos, setNow, patientId } = await withPatient()
    const saved = await repos.sessions.create(patientId, buildSessionInput())
    if (!saved.ok) throw new Error('setup failed')
    await repos.sessions.finalize(saved.value.id, MAYA)
    await repos.patients.moveToTrash(patientId)

    expect(await repos.patients.retention(patientId)).toEqual({
      signed: 1,
      keptUntil: '2036-03-16',
      years: 10
    })
    const refused = await repos.patients.purge(patientId)
    expect(refused.ok ? null : refused.error).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('cannot be deleted before 16 Mar 2036')
    })
    expect(await repos.sessions.get(saved.value.id)).toBeDefined()

    // A shorter period set by the clinic, once passed, lets the record go.
    await repos.settings.update({ retentionYears: 7 })
    setNow(new Date('2033-03-16T09:00:00Z'))
    const purged = await repos.patients.purge(patientId)
    expect(purged.ok).toBe(true)
    expect(await repos.sessions.get(saved.value.id)).toBeUndefined()
  })

  it('lets open (unsigned) sessions go with the patient at once', async () => {
    const { repos, patientId } = await withPatient()
    await repos.sessions.create(patientId, buildSessionInput())
    await repos.patients.moveToTrash(patientId)
    expect((await repos.patients.purge(patientId)).ok).toBe(true)
  })
})

describe('a draft only for a record that exists', () => {
  it('refuses a draft for a patient deleted elsewhere, so no backup holds an orphan', async () => {
    const { repos, patientId } = await withPatient()
    await repos.patients.moveToTrash(patientId)
    await repos.patients.purge(patientId)
    const put = await repos.drafts.put({
      id: `new:${patientId}`,
      patientId,
      sessionId: null,
      data: {}
    })
    expect(put.ok ? null : put.error.kind).toBe('not-found')
    expect(await repos.drafts.forPatient(patientId)).toEqual([])
  })

  it('refuses a draft written over one another window wrote since', async () => {
    const { repos, setNow, patientId } = await withPatient()
    const target = { id: `new:${patientId}`, patientId, sessionId: null }
    const mine = await repos.drafts.put({ ...target, data: { n: 1 } }, { expectedUpdatedAt: null })
    if (!mine.ok) throw new Error('setup failed')
    setNow(new Date('2026-03-16T09:01:00Z'))
    await repos.drafts.put({ ...target, data: { n: 2 } }) // the other window
    const again = await repos.drafts.put(
      { ...target, data: { n: 3 } },
      { expectedUpdatedAt: mine.value.updatedAt }
    )
    expect(again.ok ? null : again.error).toMatchObject({
      kind: 'conflict',
      current: { data: { n: 2 } }
    })
  })
})

describe('writes never silently overwrite a change made elsewhere', () => {
  it('refuses a patient save made against an older version, returning the current one', async () => {
    const { repos, setNow, patient } = await withPatient()
    setNow(new Date('2026-03-16T09:01:00Z'))
    const other = await repos.patients.update(patient.id, {
      ...buildPatientInput(),
      phone: '555-0101'
    })
    if (!other.ok) throw new Error('setup failed')
    const mine = await repos.patients.update(
      patient.id,
      { ...buildPatientInput(), email: 'zoe@example.com' },
      { expectedUpdatedAt: patient.updatedAt }
    )
    expect(mine.ok ? null : mine.error).toMatchObject({
      kind: 'conflict',
      current: { phone: '555-0101' }
    })
    expect((await repos.patients.get(patient.id))?.email).toBe('')
  })

  it('creates a session with the id the form chose, once', async () => {
    const { repos, patientId } = await withPatient()
    const first = await repos.sessions.create(patientId, buildSessionInput(), { id: 's-chosen' })
    expect(first.ok && first.value.id).toBe('s-chosen')
    const twice = await repos.sessions.create(patientId, buildSessionInput(), { id: 's-chosen' })
    expect(twice.ok ? null : twice.error.kind).toBe('refused')
    expect(await repos.sessions.forPatient(patientId)).toHaveLength(1)
  })
})

describe('the sheet as given is kept with the session', () => {
  it('keeps each version handed out with every time it was given; the same sheet is not kept twice', async () => {
    const { repos, setNow, patient } = await withPatient()
    const saved = await repos.sessions.create(patient.id, buildSessionInput())
    if (!saved.ok) throw new Error('setup failed')
    const settings = defaultSettings()
    const content = buildSheet({ session: saved.value, patient, races: [], settings })

    await repos.sessions.recordHandout(saved.value.id, { content, paperSize: 'A4', way: 'printed' })
    setNow(new Date('2026-03-16T09:10:00Z'))
    await repos.sessions.recordHandout(saved.value.id, {
      content,
      paperSize: 'A4',
      way: 'saved-pdf'
    })
    const changed = { ...content, intro: 'Well done today, Zoë.' }
    const both = await repos.sessions.recordHandout(saved.value.id, {
      content: changed,
      paperSize: 'A4',
      way: 'printed'
    })
    if (!both.ok) throw new Error(both.error.message)
    expect(both.value.handouts.map((h) => h.content.intro)).toEqual([
      content.intro,
      'Well done today, Zoë.'
    ])
    expect(both.value.handouts[0]?.given).toEqual([
      { at: '2026-03-16T09:00:00.000Z', way: 'printed' },
      { at: '2026-03-16T09:10:00.000Z', way: 'saved-pdf' }
    ])
  })
})
