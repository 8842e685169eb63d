import { BodyMap } from '@renderer/components/bodyMap/BodyMap'
import type { InsertionHeat } from '../model/heat'

export type InsertionHeatMapProps = { heat: InsertionHeat; sessionCount: number }

/** Every insertion point in the range on the body map, hotter where needled more often. */
export function InsertionHeatMap({ heat, sessionCount }: InsertionHeatMapProps) {
  if (heat.totalPoints === 0) {
    return <div className="empty-state">No insertion points marked in this time range.</div>
  }
  const busiest = Math.max(...heat.cells.map((c) => c.sessions))
  return (
    <div className="heat-map">
      <BodyMap
        label={`Insertion points over ${sessionCount} sessions`}
        heat={heat.cells.map((c) => ({
          ...c,
          label: `${c.points} insertion ${c.points === 1 ? 'point' : 'points'} in ${c.sessions} ${c.sessions === 1 ? 'session' : 'sessions'}`
        }))}
        width={380}
      />
      <div className="heat-map__key">
        <span className="muted small">1 session</span>
        <span className="heat-map__scale" aria-hidden="true" />
        <span className="muted small">
          {busiest} {busiest === 1 ? 'session' : 'sessions'}
        </span>
      </div>
      <p className="muted small">
        {heat.totalPoints} insertion points in {sessionCount}{' '}
        {sessionCount === 1 ? 'session' : 'sessions'}
        {heat.recurringCells > 0
          ? `; ${heat.recurringCells} ${heat.recurringCells === 1 ? 'spot was' : 'spots were'} needled in more than one session.`
          : '.'}
      </p>
    </div>
  )
}
