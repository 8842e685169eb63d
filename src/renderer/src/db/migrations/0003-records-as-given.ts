import type { SchemaVersion } from './types'

/**
 * Sessions keep every screening answer and the sheets handed out. Sessions logged before this
 * version kept only their precautions (`screeningFlags`): they get `screening: null`, which
 * the app shows as "other answers not recorded", never as "no precautions"; and no handouts,
 * since what was printed then was not kept. No index changes.
 */
export const v0003RecordsAsGiven: SchemaVersion = {
  version: 3,
  name: 'records-as-given',
  stores: {},
  async upgrade(tx) {
    await tx
      .table('sessions')
      .toCollection()
      .modify((session: Record<string, unknown>) => {
        if (!('screening' in session)) session['screening'] = null
        if (!('handouts' in session)) session['handouts'] = []
      })
  }
}

/** The same change for rows read from a backup made at version 2. */
export function upgradeSessionRowToV3(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row
  const session = row as Record<string, unknown>
  return {
    ...session,
    screening: 'screening' in session ? session['screening'] : null,
    handouts: 'handouts' in session ? session['handouts'] : []
  }
}
