import { describe, expect, it } from 'vitest'
import { buildPatientInput } from '../factories'
import { createTestDb } from './testDb'

describe('patient repository: getMany', () => {
  it('reads several patients at once, in the order asked, undefined where there is none', async () => {
    const { repos } = createTestDb()
    const a = await repos.patients.create(buildPatientInput({ firstName: 'Ana' }))
    const b = await repos.patients.create(buildPatientInput({ firstName: 'Ben' }))
    if (!a.ok || !b.ok) throw new Error('setup failed')
    const found = await repos.patients.getMany([b.value.id, 'nobody', a.value.id])
    expect(found.map((p) => p?.firstName)).toEqual(['Ben', undefined, 'Ana'])
    expect(await repos.patients.getMany([])).toEqual([])
  })
})
