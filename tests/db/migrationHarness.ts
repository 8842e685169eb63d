import { Dexie } from 'dexie'
import { RacepointDB } from '../../src/renderer/src/db/database'
import { declareVersions, LATEST_VERSION } from '../../src/renderer/src/db/versions'

/**
 * Opens database `name` at an earlier schema version, lets `seed` write rows the way that
 * version stored them, closes it, then opens it with the current app (running every upgrade
 * since). Each schema version's test uses this to check every row survives its upgrade.
 */
export async function upgradeFromVersion(
  name: string,
  version: number,
  seed: (db: Dexie) => Promise<void>
): Promise<RacepointDB> {
  await seedAt(name, version, seed)
  const db = new RacepointDB(name)
  await db.open()
  return db
}

/**
 * As upgradeFromVersion, but stops at version `to`: a version's own test sees exactly what its
 * upgrade did, whatever later versions add.
 */
export async function upgradeBetween(
  name: string,
  from: number,
  to: number,
  seed: (db: Dexie) => Promise<void>
): Promise<Dexie> {
  if (to > LATEST_VERSION) throw new Error(`No schema version ${to}`)
  await seedAt(name, from, seed)
  const db = new Dexie(name)
  declareVersions(db, to)
  await db.open()
  return db
}

async function seedAt(name: string, version: number, seed: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name)
  declareVersions(old, version)
  await old.open()
  await seed(old)
  old.close()
}
