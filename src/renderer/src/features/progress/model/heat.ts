import type { BodyView } from '@shared/domain/muscles'
import type { Session } from '@shared/domain/session'

/** One cell of the heat map: where its insertion points sit, and how hot it is (0-1). */
export type HeatCell = {
  view: BodyView
  x: number
  y: number
  weight: number
  /** Sessions with at least one insertion point in the cell. */
  sessions: number
  points: number
}

export type InsertionHeat = {
  cells: HeatCell[]
  totalPoints: number
  /** Cells needled in more than one session: recurring trigger points. */
  recurringCells: number
}

/** Body-map units per cell side: about a fingertip on the 100 x 220 map. */
export const HEAT_CELL_SIZE = 5

/**
 * Insertion points over the sessions, gathered into cells so that points needled again and
 * again in about the same place add up. A cell's weight is its number of sessions over the
 * busiest cell's; each cell sits at the mean of its points. Coolest first, so a drawing puts
 * the hottest cells on top.
 */
export function buildInsertionHeat(
  sessions: readonly Session[],
  cellSize: number = HEAT_CELL_SIZE
): InsertionHeat {
  const cells = new Map<
    string,
    { view: BodyView; sumX: number; sumY: number; points: number; sessions: Set<string> }
  >()
  let totalPoints = 0
  for (const s of sessions) {
    for (const m of s.muscles) {
      for (const p of m.points) {
        const key = `${p.view}:${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`
        const cell = cells.get(key) ?? {
          view: p.view,
          sumX: 0,
          sumY: 0,
          points: 0,
          sessions: new Set<string>()
        }
        cell.sumX += p.x
        cell.sumY += p.y
        cell.points++
        cell.sessions.add(s.id)
        cells.set(key, cell)
        totalPoints++
      }
    }
  }
  const busiest = Math.max(0, ...[...cells.values()].map((c) => c.sessions.size))
  const out: HeatCell[] = [...cells.values()].map((c) => ({
    view: c.view,
    x: Math.round((c.sumX / c.points) * 10) / 10,
    y: Math.round((c.sumY / c.points) * 10) / 10,
    weight: busiest > 0 ? c.sessions.size / busiest : 0,
    sessions: c.sessions.size,
    points: c.points
  }))
  out.sort((a, b) => a.weight - b.weight || a.y - b.y || a.x - b.x)
  return {
    cells: out,
    totalPoints,
    recurringCells: out.filter((c) => c.sessions > 1).length
  }
}
