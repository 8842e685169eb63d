import { SIDE_LABELS } from '@shared/domain/common'
import type { MuscleStat } from '../model/muscles'

export type MuscleTableProps = { stats: readonly MuscleStat[] }

const oneDecimal = (n: number): string => (Math.round(n * 10) / 10).toFixed(1)

/** Per needled muscle: how often, the pain drop in those sessions, and twitch responses. */
export function MuscleTable({ stats }: MuscleTableProps) {
  if (stats.length === 0) {
    return <div className="empty-state">No muscles needled in this time range.</div>
  }
  const most = stats[0]!.sessions
  return (
    <table className="table muscle-table" aria-label="Muscles needled">
      <thead>
        <tr>
          <th>Muscle</th>
          <th className="num">Sessions</th>
          <th className="num">Avg. pain drop</th>
          <th>Twitch responses</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((m) => (
          <tr key={m.muscleId}>
            <td>
              <div className="muscle-table__name">{m.name}</div>
              <div className="muted small">
                {m.sides.map((side) => SIDE_LABELS[side].toLowerCase()).join(', ')}
              </div>
            </td>
            <td className="num">
              <div className="muscle-table__count">
                <span
                  className="muscle-table__bar"
                  style={{ width: `${(m.sessions / most) * 100}%` }}
                  aria-hidden="true"
                />
                <span>{m.sessions}</span>
              </div>
            </td>
            <td className="num">{m.averageDrop === null ? '–' : oneDecimal(m.averageDrop)}</td>
            <td className="num">
              {m.sessionsWithTwitch} of {m.sessions}{' '}
              <span className="muted">({Math.round(m.twitchRate * 100)}%)</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
