import { afterEach, describe, expect, it } from 'vitest'
import { DB_NAME, RacepointDB, SEALED_DB_NAME } from '../../../src/renderer/src/db/database'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { NEEDS_NEW_PASSPHRASE } from '../../../src/renderer/src/db/repositories/auth'
import {
  clinicDatabase,
  sealClinic,
  type SealProgress
} from '../../../src/renderer/src/db/sealing/clinicStore'
import { Vault } from '../../../src/renderer/src/db/sealing/vault'
import { newDataKey } from '../../../src/shared/crypto/clinicKey'
import type { TherapistRef } from '../../../src/shared/domain/session'
import { buildPatientInput, buildSessionInput } from '../../factories'

const MAYA = { id: 't-1', name: 'Maya Chen' }
const SAM = { id: 't-2', name: 'Sam Okafor' }
const MAYA_PASS = 'tempo run at dawn'
const SAM_PASS = 'hill repeats in the rain'
const NOW = new Date('2026-03-16T09:00:00Z')

const names = async () => (await indexedDB.databases()).map((d) => d.name).sort()

function reposOf(db: RacepointDB, who: () => TherapistRef | null = () => null) {
  return createRepositories(db, () => NOW, who)
}

/** A clinic from before sealing: plain rows, two therapists with passphrases of scheme 1. */
async function plainClinic(patients = 30) {
  const db = new RacepointDB(DB_NAME, { vault: new Vault(false) })
  const repos = reposOf(db)
  await repos.settings.update({
    isSetUp: true,
    therapists: [
      { ...MAYA, credentials: '', isActive: true },
      { ...SAM, credentials: '', isActive: true }
    ],
    ownerId: MAYA.id
  })
  await repos.auth.setPassphrase(MAYA.id, MAYA_PASS)
  await repos.auth.setPassphrase(SAM.id, SAM_PASS)
  const ids: string[] = []
  for (let i = 0; i < patients; i++) {
    const p = await repos.patients.create(buildPatientInput({ lastName: `Runner${i}` }))
    if (!p.ok) throw new Error(p.error.message)
    ids.push(p.value.id)
    await repos.sessions.create(p.value.id, buildSessionInput({ notes: `notes of ${i}` }))
  }
  return { db, repos, ids }
}

afterEach(async () => {
  for (const name of await names()) if (name) indexedDB.deleteDatabase(name)
})

describe('sealing a clinic from before', { timeout: 60_000 }, () => {
  it('copies every row sealed, reports progress, and opens for each therapist as wrapped', async () => {
    const { db, repos, ids } = await plainClinic()
    const progress: SealProgress[] = []
    expect((await repos.auth.signIn(MAYA.id, MAYA_PASS)).ok).toBe(true)
    const sealed = await repos.auth.seal(MAYA.id, MAYA_PASS, (p) => progress.push(p))
    if (!sealed.ok) throw new Error(sealed.error.message)
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true)
    db.close()

    // The next start finds the sealed clinic whole and removes the plain one.
    const started = await clinicDatabase()
    expect(started.removedPlain).toBe(true)
    const next = started.db
    expect(next.name).toBe(SEALED_DB_NAME)
    expect(next.vault.sealed).toBe(true)
    expect(await names()).toEqual([SEALED_DB_NAME])
    const after = reposOf(next)
    // Maya holds the key; Sam's passphrase is from before and holds none.
    expect(await after.auth.signIn(SAM.id, SAM_PASS)).toMatchObject({
      ok: false,
      error: { message: NEEDS_NEW_PASSPHRASE }
    })
    expect(next.vault.isOpen).toBe(false)
    expect((await after.auth.signIn(MAYA.id, MAYA_PASS)).ok).toBe(true)
    expect(next.vault.isOpen).toBe(true)
    expect((await after.patients.getMany(ids)).map((p) => p.lastName)).toEqual(
      ids.map((_, i) => `Runner${i}`)
    )
    expect(await after.patients.search('runner1')).toHaveLength(11)
    // Ranked by name as they were copied, from the plain clinic's index.
    expect(
      (await after.patients.list({ sort: 'name', limit: 100 })).map((p) => p.lastName)
    ).toEqual(ids.map((_, i) => `Runner${i}`).sort())
    // The owner resets Sam's passphrase: it now holds the key too.
    const owner = reposOf(next, () => MAYA)
    expect((await owner.auth.setPassphrase(SAM.id, 'a new long passphrase for sam')).ok).toBe(true)
    next.vault.close()
    expect((await after.auth.signIn(SAM.id, 'a new long passphrase for sam')).ok).toBe(true)
    expect((await after.patients.get(ids[0]!))?.lastName).toBe('Runner0')
    // The recovery code made while sealing opens it as well.
    next.vault.close()
    const recovered = await after.auth.recover(sealed.value.code, 'the owner starts over again')
    expect(recovered.ok).toBe(true)
    expect((await after.patients.get(ids[1]!))?.lastName).toBe('Runner1')
    next.close()
  })

  it('leaves the clinic as it was when sealing stops halfway', async () => {
    const { db, repos, ids } = await plainClinic(40)
    let reports = 0
    await expect(
      sealClinic(db, newDataKey(), [], {
        onProgress: () => {
          if (++reports === 3) throw new Error('the computer went to sleep')
        }
      })
    ).rejects.toThrow('went to sleep')
    expect(await names()).toEqual([DB_NAME])
    expect((await repos.patients.getMany(ids)).length).toBe(40)
    db.close()
  })

  it('starts on the plain clinic when a crash left a sealed copy without its key', async () => {
    const { db, ids } = await plainClinic(5)
    // A copy cut off before its credentials: rows, but nothing that opens them.
    const half = new RacepointDB(SEALED_DB_NAME, { vault: new Vault(true) })
    half.vault.open(newDataKey())
    await reposOf(half).patients.create(buildPatientInput({ lastName: 'Halfway' }))
    half.close()
    db.close()
    const { db: next, removedPlain } = await clinicDatabase()
    expect(removedPlain).toBe(false)
    expect(next.name).toBe(DB_NAME)
    expect(next.vault.sealed).toBe(false)
    expect(await names()).toEqual([DB_NAME])
    const repos = reposOf(next)
    expect((await repos.patients.getMany(ids)).length).toBe(5)
    expect((await repos.auth.signIn(MAYA.id, MAYA_PASS)).ok).toBe(true)
    next.close()
  })

  it('protects a new clinic: sealed from its first passphrase, with a recovery code', async () => {
    const db = new RacepointDB(DB_NAME, { vault: new Vault(false) })
    const repos = reposOf(db)
    await repos.settings.update({
      isSetUp: true,
      therapists: [{ ...MAYA, credentials: '', isActive: true }]
    })
    const weak = await repos.auth.protect(MAYA.id, 'password')
    expect(weak.ok).toBe(false)
    const done = await repos.auth.protect(MAYA.id, MAYA_PASS)
    if (!done.ok) throw new Error(done.error.message)
    db.close()
    const { db: next } = await clinicDatabase()
    expect(next.vault.sealed).toBe(true)
    const after = reposOf(next)
    expect((await after.settings.get()).ownerId).toBe(MAYA.id)
    expect((await after.auth.signIn(MAYA.id, 'not the passphrase')).ok).toBe(false)
    expect((await after.auth.signIn(MAYA.id, MAYA_PASS)).ok).toBe(true)
    next.close()
  })
})
