import { useMemo } from 'react'
import type { IsoDate } from '@shared/dates'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { buildInsertionHeat, type InsertionHeat } from '../model/heat'
import { buildMuscleStats, type MuscleStat } from '../model/muscles'
import { rangeStartDay, withinRange, type ProgressRange } from '../model/range'
import { buildProgressSummary, type ProgressSummary } from '../model/summary'

export type ProgressData = {
  from: IsoDate | null
  /** The sessions in the range, oldest first. */
  sessions: Session[]
  summary: ProgressSummary
  muscles: MuscleStat[]
  heat: InsertionHeat
}

/** The progress figures for the chosen range, rebuilt only when the records or range change. */
export function useProgress(
  sessions: readonly Session[],
  races: readonly Race[],
  range: ProgressRange,
  today: IsoDate
): ProgressData {
  return useMemo(() => {
    const from = rangeStartDay(range, today)
    const inRange = withinRange(sessions, from)
    return {
      from,
      sessions: inRange,
      summary: buildProgressSummary(inRange, races, today),
      muscles: buildMuscleStats(inRange),
      heat: buildInsertionHeat(inRange)
    }
  }, [sessions, races, range, today])
}
