import { RacepointDB } from '../../src/renderer/src/db/database'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { Vault } from '../../src/renderer/src/db/sealing/vault'
import { newDataKey } from '../../src/shared/crypto/clinicKey'

let counter = 0

/**
 * The repository suites run twice: on plain storage, and (the "sealed" project in
 * vitest.config.ts) on sealed storage with a clinic key open, so every table's reads and
 * writes are checked through the sealing too.
 */
const isSealed = process.env['RACEPOINT_SEALED_TESTS'] === '1'

/** A fresh, uniquely named database on fake-indexeddb, with repositories on a fixed clock. */
export function createTestDb(now = new Date('2026-03-16T09:00:00Z')) {
  const vault = new Vault(isSealed)
  if (isSealed) vault.open(newDataKey())
  const db = new RacepointDB(`racepoint-test-${++counter}-${Math.random().toString(36).slice(2)}`, {
    vault
  })
  let current = now
  const clock = (): Date => current
  const repos = createRepositories(db, clock)
  return {
    db,
    repos,
    setNow: (next: Date) => {
      current = next
    }
  }
}
