import { generateDemoClinic } from '../../src/shared/demo/demoClinic'
import { describe, expect, it } from 'vitest'
import { buildPatientInput } from '../factories'
import { createTestDb } from './testDb'

describe('demo clinic loading', () => {
  it('fills an empty clinic, settings included, in one go', async () => {
    const { repos } = createTestDb(new Date('2026-03-16T09:00:00'))
    const result = await repos.clinic.loadDemo(generateDemoClinic(new Date('2026-03-16T09:00:00')))
    expect(result.ok && result.value.patients).toBe(12)
    expect(await repos.clinic.counts()).toEqual(result.ok ? result.value : null)
    expect(await repos.settings.get()).toMatchObject({
      isSetUp: true,
      clinic: { name: 'Riverside Running Physio' }
    })
  })

  it('refuses to mix demo records into a clinic that has patients, and writes nothing', async () => {
    const { repos } = createTestDb()
    await repos.patients.create(buildPatientInput())
    const result = await repos.clinic.loadDemo(generateDemoClinic(new Date('2026-03-16T09:00:00')))
    expect(result.ok ? null : result.error.message).toBe(
      'The demo clinic can only be loaded into an empty clinic.'
    )
    expect(await repos.clinic.counts()).toEqual({ patients: 1, races: 0, sessions: 0 })
    expect((await repos.settings.get()).isSetUp).toBe(false)
  })
})
