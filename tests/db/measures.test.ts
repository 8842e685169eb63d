import { describe, expect, it } from 'vitest'
import { emptyMeasureValue } from '../../src/shared/domain/measures/values'
import { buildPatientInput, buildSessionInput } from '../factories'
import { createTestDb } from './testDb'

async function withPatient() {
  const test = createTestDb()
  const created = await test.repos.patients.create(buildPatientInput())
  if (!created.ok) throw new Error(created.error.message)
  return { ...test, patientId: created.value.id }
}

const lefs = (value: number | null) => ({ ...emptyMeasureValue('lefs'), value })

describe('measures recorded between visits', () => {
  it('records a questionnaire returned by email and lists the patient’s recordings oldest first', async () => {
    const { repos, db, patientId } = await withPatient()
    const later = await repos.measures.create(patientId, {
      takenAt: '2026-03-20T18:00',
      values: [lefs(55)],
      note: 'By email'
    })
    const earlier = await repos.measures.create(patientId, {
      takenAt: '2026-03-06T18:00',
      values: [lefs(48)],
      note: ''
    })
    expect(later.ok && earlier.ok).toBe(true)
    const listed = await repos.measures.forPatient(patientId)
    expect(listed.map((r) => r.values[0]!.value)).toEqual([48, 55])
    expect(listed[0]).toMatchObject({ patientId, enteredBy: null })
    const trail = await db.audit.where('action').equals('measures-recorded').count()
    expect(trail).toBe(2)
  })

  it('refuses a value outside its range or a sided measure without a side, by field, and writes nothing', async () => {
    const { repos, db, patientId } = await withPatient()
    const result = await repos.measures.create(patientId, {
      takenAt: '2026-03-20T18:00',
      values: [lefs(95), emptyMeasureValue('knee-to-wall')],
      note: ''
    })
    expect(result.ok ? null : result.error).toMatchObject({
      kind: 'validation',
      fields: {
        'values.0.value': 'LEFS runs from 0 to 80 points',
        'values.1.left': 'Enter the left side, the right side or both'
      }
    })
    expect(await db.measures.count()).toBe(0)
    expect(await db.audit.where('action').equals('measures-recorded').count()).toBe(0)
  })

  it('checks the clinic’s own measures against Settings, in recordings and sessions', async () => {
    const { repos, db, patientId } = await withPatient()
    const own = {
      id: 'clinic-plank',
      name: 'Side plank',
      unit: 's',
      kind: 'number' as const,
      isSided: false,
      min: 0,
      max: 300,
      better: 'higher' as const,
      threshold: null,
      isRetired: false
    }
    const unknown = await repos.measures.create(patientId, {
      takenAt: '2026-03-20T18:00',
      values: [{ ...emptyMeasureValue('clinic-plank'), value: 60 }],
      note: ''
    })
    expect(unknown.ok ? null : unknown.error.kind).toBe('validation')
    await repos.settings.update({ measures: [own] })
    const tooHigh = await repos.sessions.create(
      patientId,
      buildSessionInput({ measures: [{ ...emptyMeasureValue('clinic-plank'), value: 400 }] })
    )
    expect(tooHigh.ok ? null : tooHigh.error).toMatchObject({
      fields: { 'measures.0.value': 'Side plank runs from 0 to 300 s' }
    })
    expect(await db.sessions.count()).toBe(0)
    const fine = await repos.sessions.create(
      patientId,
      buildSessionInput({ measures: [{ ...emptyMeasureValue('clinic-plank'), value: 90 }] })
    )
    expect(fine.ok && fine.value.measures[0]!.value).toBe(90)
  })

  it('refuses an edit made over a change saved elsewhere, and deletes on the record', async () => {
    const { repos, patientId } = await withPatient()
    const created = await repos.measures.create(patientId, {
      takenAt: '2026-03-20T18:00',
      values: [lefs(50)],
      note: ''
    })
    if (!created.ok) throw new Error('setup')
    const input = { takenAt: '2026-03-20T18:00', values: [lefs(52)], note: '' }
    const first = await repos.measures.update(created.value.id, input, {
      expectedUpdatedAt: created.value.updatedAt
    })
    expect(first.ok).toBe(true)
    const stale = await repos.measures.update(created.value.id, input, {
      expectedUpdatedAt: created.value.updatedAt
    })
    expect(stale.ok ? null : stale.error.kind).toBe('conflict')
    expect((await repos.measures.remove(created.value.id)).ok).toBe(true)
    expect(await repos.measures.forPatient(patientId)).toEqual([])
  })

  it('go with the patient when a trashed patient is deleted for good', async () => {
    const { repos, db, patientId } = await withPatient()
    await repos.measures.create(patientId, {
      takenAt: '2026-03-20T18:00',
      values: [lefs(50)],
      note: ''
    })
    await repos.patients.moveToTrash(patientId)
    expect((await repos.patients.purge(patientId)).ok).toBe(true)
    expect(await db.measures.count()).toBe(0)
  })
})

describe('measures taken at a visit', () => {
  it('are saved with the session, with each muscle’s tightness before and after', async () => {
    const { repos, patientId } = await withPatient()
    const input = buildSessionInput({
      measures: [{ ...emptyMeasureValue('knee-to-wall'), left: 7, right: 11.5 }]
    })
    input.muscles[0] = { ...input.muscles[0]!, tightnessBefore: 7, tightnessAfter: 4 }
    const saved = await repos.sessions.create(patientId, input)
    if (!saved.ok) throw new Error(saved.error.message)
    const read = await repos.sessions.get(saved.value.id)
    expect(read?.measures).toEqual([{ ...emptyMeasureValue('knee-to-wall'), left: 7, right: 11.5 }])
    expect(read?.muscles[0]).toMatchObject({ tightnessBefore: 7, tightnessAfter: 4 })
  })

  it('refuse a tightness outside 0-10 on the muscle’s row', async () => {
    const { repos, patientId } = await withPatient()
    const input = buildSessionInput()
    input.muscles[0] = { ...input.muscles[0]!, tightnessBefore: 11 }
    const result = await repos.sessions.create(patientId, input)
    expect(result.ok ? null : result.error).toMatchObject({
      fields: { 'muscles.0.tightnessBefore': 'Tightness runs from 0 to 10' }
    })
  })
})
