import { describe, expect, it } from 'vitest'
import { RacepointDB } from '../../src/renderer/src/db/database'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import type { TherapistRef } from '../../src/shared/domain/session'
import { buildPatientInput, buildRaceInput, buildSessionInput } from '../factories'

const MAYA = { id: 't-1', name: 'Maya Chen' }
const SAM = { id: 't-2', name: 'Sam Okafor' }

/** A clinic of two therapists, Maya owning it, with repositories acting as `who`. */
async function clinic() {
  const db = new RacepointDB(`racepoint-auth-${Math.random().toString(36).slice(2)}`)
  let now = new Date('2026-03-16T09:00:00Z')
  let who: TherapistRef | null = null
  const repos = createRepositories(
    db,
    () => now,
    () => who
  )
  await repos.settings.update({
    isSetUp: true,
    therapists: [
      { ...MAYA, credentials: '', isActive: true },
      { ...SAM, credentials: '', isActive: true }
    ],
    ownerId: MAYA.id
  })
  await repos.auth.setPassphrase(MAYA.id, 'tempo run at dawn')
  await repos.auth.setPassphrase(SAM.id, 'hill repeats in the rain')
  return {
    db,
    repos,
    actAs: (next: TherapistRef | null) => {
      who = next
    },
    advance: (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000)
    }
  }
}

// Each test hashes passphrases at full strength (600,000 PBKDF2 iterations): seconds on a busy machine.
describe('signing in', { timeout: 30_000 }, () => {
  it('signs in with the right passphrase only, and never says which part was wrong', async () => {
    const { repos } = await clinic()
    expect(await repos.auth.signIn(MAYA.id, 'tempo run at dawn')).toEqual({ ok: true, value: MAYA })
    const wrong = await repos.auth.signIn(MAYA.id, 'tempo run at dusk')
    const nobody = await repos.auth.signIn('t-unknown', 'tempo run at dawn')
    expect(wrong.ok ? null : wrong.error.message).toBe(nobody.ok ? null : nobody.error.message)
    expect(wrong.ok ? null : wrong.error.message).not.toMatch(/passphrase is wrong|no such/i)
  })

  it('keeps only a slow salted hash of the passphrase', async () => {
    const { db } = await clinic()
    const stored = await db.credentials.get(MAYA.id)
    expect(stored?.iterations).toBeGreaterThanOrEqual(600_000)
    expect(JSON.stringify(stored)).not.toContain('tempo')
  })

  it('slows down after five failed tries, and records each', async () => {
    const { repos, advance } = await clinic()
    for (let i = 0; i < 5; i++) await repos.auth.signIn(MAYA.id, 'wrong guess here')
    const slowed = await repos.auth.signIn(MAYA.id, 'tempo run at dawn')
    expect(slowed.ok ? null : slowed.error).toMatchObject({ kind: 'wait', seconds: 30 })
    advance(31)
    expect((await repos.auth.signIn(MAYA.id, 'tempo run at dawn')).ok).toBe(true)
    const failures = await repos.audit.list({ action: 'sign-in-failed' })
    expect(failures).toHaveLength(5)
    expect(failures.every((e) => e.therapistId === null && e.recordId === MAYA.id)).toBe(true)
  })

  it('refuses a weak passphrase next to the field', async () => {
    const { repos, actAs } = await clinic()
    actAs(MAYA)
    const weak = await repos.auth.setPassphrase(MAYA.id, 'password1')
    expect(weak.ok ? null : weak.error).toMatchObject({
      kind: 'validation',
      fields: { passphrase: expect.stringMatching(/common/) }
    })
  })

  it('lets only the owner set another therapist’s passphrase', async () => {
    const { repos, actAs } = await clinic()
    actAs(SAM)
    const refused = await repos.auth.setPassphrase(MAYA.id, 'a brand new phrase')
    expect(refused.ok ? null : refused.error.kind).toBe('refused')
    expect((await repos.auth.signIn(MAYA.id, 'tempo run at dawn')).ok).toBe(true)
    actAs(MAYA)
    expect((await repos.auth.setPassphrase(SAM.id, 'a brand new phrase')).ok).toBe(true)
    expect((await repos.auth.signIn(SAM.id, 'a brand new phrase')).ok).toBe(true)
  })

  it('lets only the owner add or change therapists', async () => {
    const { repos, actAs } = await clinic()
    actAs(SAM)
    const refused = await repos.settings.update({ therapists: [] })
    expect(refused.ok ? null : refused.error.kind).toBe('refused')
    expect((await repos.settings.get()).therapists).toHaveLength(2)
  })

  it('lets the recovery code set a new passphrase for the owner', async () => {
    const { repos } = await clinic()
    await repos.auth.setRecoveryCode('ABCD-EFGH-JKLM-NPQR-STUV')
    const wrong = await repos.auth.recover('ABCD-EFGH-JKLM-NPQR-STUW', 'a fresh start today')
    expect(wrong.ok).toBe(false)
    const right = await repos.auth.recover('abcd efgh jklm npqr stuv', 'a fresh start today')
    expect(right).toEqual({ ok: true, value: MAYA })
    expect((await repos.auth.signIn(MAYA.id, 'a fresh start today')).ok).toBe(true)
  })
})

describe('the audit trail', { timeout: 30_000 }, () => {
  it('records each change with who made it, in the same transaction, chained intact', async () => {
    const { repos, actAs } = await clinic()
    actAs(MAYA)
    const patient = await repos.patients.create(buildPatientInput())
    if (!patient.ok) throw new Error('setup failed')
    const id = patient.value.id
    await repos.patients.update(id, { ...buildPatientInput(), phone: '555-0100' })
    const session = await repos.sessions.create(id, buildSessionInput())
    if (!session.ok) throw new Error('setup failed')
    expect(session.value.enteredBy).toEqual(MAYA)
    await repos.sessions.finalize(session.value.id, MAYA)
    await repos.sessions.amend(session.value.id, { text: 'Pain after was 2.', by: MAYA })
    const race = await repos.races.create(id, buildRaceInput())
    if (!race.ok) throw new Error('setup failed')
    await repos.races.remove(race.value.id)
    await repos.patients.archive(id)

    const trail = (await repos.audit.list({ patientId: id })).reverse()
    expect(trail.map((e) => e.action)).toEqual([
      'patient-created',
      'patient-edited',
      'session-created',
      'session-finalised',
      'session-amended',
      'race-created',
      'race-deleted',
      'patient-archived'
    ])
    expect(trail.every((e) => e.therapistName === 'Maya Chen')).toBe(true)
    expect(await repos.audit.verify()).toEqual({ ok: true, count: await repos.audit.count() })
  })

  it('writes nothing to the trail for a change that is refused', async () => {
    const { repos, actAs } = await clinic()
    actAs(MAYA)
    const before = await repos.audit.count()
    expect((await repos.patients.create({ ...buildPatientInput(), firstName: '' })).ok).toBe(false)
    expect((await repos.patients.archive('missing')).ok).toBe(false)
    expect(await repos.audit.count()).toBe(before)
  })

  it('reports an entry changed or removed behind the app’s back', async () => {
    const { repos, db, actAs } = await clinic()
    actAs(MAYA)
    for (let i = 0; i < 4; i++)
      await repos.audit.record({ action: 'patient-viewed', patientId: `p-${i}` })
    const [, second] = await db.audit.orderBy('seq').toArray()
    await db.audit.put({ ...second!, patientId: 'p-hidden' })
    expect(await repos.audit.verify()).toMatchObject({
      ok: false,
      brokenAt: second!.seq,
      reason: 'altered'
    })
    await db.audit.put(second!)
    expect((await repos.audit.verify()).ok).toBe(true)
    await db.audit.delete(second!.seq)
    expect(await repos.audit.verify()).toMatchObject({ ok: false, reason: 'missing' })
  })
})
