import { useMemo } from 'react'
import type { IsoDate } from '@shared/dates'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { useAfterPaint } from './useAfterPaint'
import { buildInsertionHeat, type InsertionHeat } from '../model/heat'
import { buildMuscleStats, type MuscleStat } from '../model/muscles'
import { rangeStartDay, withinRange, type ProgressRange } from '../model/range'
import { buildProgressSummary, type ProgressSummary } from '../model/summary'

export type ProgressData = {
  from: IsoDate | null
  /** The sessions in the range, oldest first. */
  sessions: Session[]
  summary: ProgressSummary
}

export type ProgressDetails = { muscles: MuscleStat[]; heat: InsertionHeat; sessionCount: number }

/** The sessions in the chosen range and their summary, rebuilt only when the records or range change. */
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
      summary: buildProgressSummary(inRange, races, today)
    }
  }, [sessions, races, range, today])
}

/**
 * Per-muscle figures and the insertion heat map, built once the chart has painted (they sit
 * below it): null at first, then the figures for the latest sessions.
 */
export function useProgressDetails(sessions: readonly Session[]): ProgressDetails | null {
  const deferred = useAfterPaint(sessions)
  return useMemo(
    () =>
      deferred === null
        ? null
        : {
            muscles: buildMuscleStats(deferred),
            heat: buildInsertionHeat(deferred),
            sessionCount: deferred.length
          },
    [deferred]
  )
}
