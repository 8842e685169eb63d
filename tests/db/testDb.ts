import { RacepointDB } from '../../src/renderer/src/db/database'
import { createRepositories } from '../../src/renderer/src/db/repositories'

let counter = 0

/** A fresh, uniquely named database on fake-indexeddb, with repositories on a fixed clock. */
export function createTestDb(now = new Date('2026-03-16T09:00:00Z')) {
  const db = new RacepointDB(`racepoint-test-${++counter}-${Math.random().toString(36).slice(2)}`)
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
