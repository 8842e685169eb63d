import { rebuildDerived } from '../derived'
import type { SchemaVersion } from './types'

/**
 * Today reads only short indexed ranges (issue 17): each session that recorded adverse events
 * or still misses a soreness check gets a row in `marks` (sparse indexes on those dates);
 * `counts` keeps one tally of patients by status, sessions and races, where they are written; races get
 * `[priority+date]` for the A races coming up. Derived from the rows, so backups do not carry
 * them: the upgrade, a restore and the demo build them. Stored rows of the other tables keep
 * their shape.
 */
export const v0005TodayMarks: SchemaVersion = {
  version: 5,
  name: 'today-marks',
  stores: {
    races: 'id, [patientId+date], date, [priority+date], updatedAt',
    marks: 'id, patientId, adverseAt, followUpAt',
    counts: 'id'
  },
  async upgrade(tx) {
    await rebuildDerived((name) => tx.table(name))
  }
}
