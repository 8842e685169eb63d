import type { MuscleResponse } from '../model/muscleResponse'

export type MuscleResponseTableProps = { rows: readonly MuscleResponse[] }

/** For each muscle needled three times or more: tightness and the related measures since. */
export function MuscleResponseTable({ rows }: MuscleResponseTableProps) {
  if (rows.length === 0) {
    return (
      <p className="card__body muted small">
        Shown for each muscle needled at least three times in this range.
      </p>
    )
  }
  return (
    <div className="card__body">
      <table className="table table--reflow" aria-label="Response by muscle">
        <thead>
          <tr>
            <th>Muscle</th>
            <th>Sessions</th>
            <th>Tightness before needling</th>
            <th>Fall within a session</th>
            <th>Measures at the same visits</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.muscleId}>
              <td>{r.name}</td>
              <td className="num" data-label="Sessions">
                {r.sessions}
              </td>
              <td data-label="Tightness before needling">
                {r.tightness ? r.tightness.text.replace(/^Tightness, [^:]+: /, '') : '–'}
              </td>
              <td className="num" data-label="Fall within a session">
                {r.meanDrop === null ? '–' : `${r.meanDrop} on average`}
              </td>
              <td data-label="Measures at the same visits">
                {r.related.length ? (
                  <ul className="plain-list">
                    {r.related.map((c) => (
                      <li key={c.text}>{c.text}</li>
                    ))}
                  </ul>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
