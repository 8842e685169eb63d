import type { SchemaVersion } from './types'

/**
 * Recovery beyond pain (docs/clinical-reference.md, "Recovery beyond pain"). Sessions hold the
 * measures taken at the visit (`measures: []` for those logged before) and each needled muscle
 * its tightness before and after needling (null before). The new `measures` table holds
 * recordings made between visits, one row per recording.
 *
 * The table's schema lives here only. Its indexes are the id, the patient with the time taken,
 * and the time it was last written: never a value, a name or free text, since rows may be
 * encrypted at rest beneath the repositories.
 */
export const v0006Measures: SchemaVersion = {
  version: 6,
  name: 'measures',
  stores: {
    measures: 'id, [patientId+takenAt], updatedAt'
  },
  async upgrade(tx) {
    await tx
      .table('sessions')
      .toCollection()
      .modify((session: Record<string, unknown>) => {
        Object.assign(session, upgradeSessionRowToV6(session))
      })
  }
}

/** The same change for rows read from a backup made at version 5. */
export function upgradeSessionRowToV6(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row
  const session = row as Record<string, unknown>
  const muscles = Array.isArray(session['muscles']) ? session['muscles'] : []
  return {
    ...session,
    measures: Array.isArray(session['measures']) ? session['measures'] : [],
    muscles: muscles.map((m: unknown) =>
      typeof m === 'object' && m !== null
        ? {
            ...m,
            tightnessBefore: (m as Record<string, unknown>)['tightnessBefore'] ?? null,
            tightnessAfter: (m as Record<string, unknown>)['tightnessAfter'] ?? null
          }
        : m
    )
  }
}
