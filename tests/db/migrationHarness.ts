import { Dexie } from 'dexie'
import { RacepointDB } from '../../src/renderer/src/db/database'
import { declareVersions } from '../../src/renderer/src/db/versions'

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
  const old = new Dexie(name)
  declareVersions(old, version)
  await old.open()
  await seed(old)
  old.close()
  const db = new RacepointDB(name)
  await db.open()
  return db
}
