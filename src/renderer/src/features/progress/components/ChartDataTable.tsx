import { formatDateTime } from '@shared/dates'
import { Link } from '@renderer/lib/router'
import type { ChartSession } from '../model/series'

export type ChartDataTableProps = { patientId: string; sessions: readonly ChartSession[] }

/** The chart's sessions as a table: every one, including any the chart left out to stay readable. */
export function ChartDataTable({ patientId, sessions }: ChartDataTableProps) {
  return (
    <table className="table chart-table" aria-label="Sessions on the chart">
      <thead>
        <tr>
          <th>Date</th>
          <th className="num">Before</th>
          <th className="num">After</th>
          <th>Needled</th>
          <th>Soreness follow-ups</th>
        </tr>
      </thead>
      <tbody>
        {[...sessions].reverse().map((s) => (
          <tr key={s.id}>
            <td className="num">
              <Link to={{ name: 'session', patientId, sessionId: s.id }}>
                {formatDateTime(s.date)}
              </Link>
            </td>
            <td className="num">{s.before ?? '–'}</td>
            <td className="num">{s.after ?? '–'}</td>
            <td>{s.muscles.length > 0 ? s.muscles.join(', ') : 'No needling'}</td>
            <td className="num">
              {s.followUps.length > 0
                ? s.followUps
                    .map((f) => `${f.checkpoint.replace('h', ' h')}: ${f.soreness}`)
                    .join(' · ')
                : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
