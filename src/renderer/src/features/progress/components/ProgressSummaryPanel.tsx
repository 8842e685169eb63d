import { useId, type ReactNode } from 'react'
import { formatDate, formatDaysFrom } from '@shared/dates'
import { PriorityBadge } from '@renderer/components/Badges'
import type { ProgressSummary } from '../model/summary'

export type ProgressSummaryPanelProps = { summary: ProgressSummary; rangeLabel: string }

type FactProps = { term: string; children: ReactNode; note?: ReactNode; isWide?: boolean }

function Fact({ term, children, note, isWide = false }: FactProps) {
  const id = useId()
  return (
    <div
      className={`progress-fact ${isWide ? 'progress-fact--wide' : ''}`}
      role="group"
      aria-labelledby={id}
    >
      <span id={id} className="progress-fact__term">
        {term}
      </span>
      <span className="progress-fact__body">
        <span className="progress-fact__value">{children}</span>
        {note ? <span className="progress-fact__note">{note}</span> : null}
      </span>
    </div>
  )
}

function changeText(summary: ProgressSummary): string {
  const change = summary.change
  if (!change) return '–'
  const sign = change.change > 0 ? '+' : change.change < 0 ? '−' : '±'
  const points = `${sign}${Math.abs(change.change)}`
  return change.fallFraction !== null && change.change !== 0
    ? `${points} (${sign}${Math.round(Math.abs(change.fallFraction) * 100)}%)`
    : points
}

/** The chart in plain words, beside it: where the runner started, where they are, and what is next. */
export function ProgressSummaryPanel({ summary, rangeLabel }: ProgressSummaryPanelProps) {
  const { change, nextRace } = summary
  return (
    <aside className="progress-summary" aria-label="Summary">
      <p className="progress-summary__verdict">{summary.verdict}</p>
      {change ? (
        change.isClinicallyImportant ? (
          <span className="badge badge--success">Clinically important improvement</span>
        ) : change.kind === 'worse' ? (
          <span className="badge badge--danger">Worse than baseline</span>
        ) : (
          <span className="badge">Not yet clinically important</span>
        )
      ) : null}
      <div className="progress-summary__facts">
        <Fact
          term="Baseline pain"
          note={summary.baseline ? formatDate(summary.baseline.date) : undefined}
        >
          {summary.baseline ? `${summary.baseline.pain}/10` : '–'}
        </Fact>
        <Fact
          term="Latest pain"
          note={summary.latest ? formatDate(summary.latest.date) : undefined}
        >
          {summary.latest ? `${summary.latest.pain}/10` : '–'}
        </Fact>
        <Fact term="Change" note="points from baseline">
          {changeText(summary)}
        </Fact>
        <Fact term="Sessions" note={rangeLabel === 'All' ? 'in total' : `in ${rangeLabel}`}>
          {summary.sessionCount}
        </Fact>
        <Fact
          term="Next race"
          isWide
          note={
            nextRace ? (
              <>
                <span className="progress-fact__race">
                  <PriorityBadge priority={nextRace.priority} />
                  <span>{nextRace.name}</span>
                </span>
                <span>
                  {nextRace.distance} · {formatDate(nextRace.date)}
                </span>
              </>
            ) : undefined
          }
        >
          {nextRace ? formatDaysFrom(nextRace.daysLeft) : 'None planned'}
        </Fact>
      </div>
      <p className="progress-summary__source">
        Pain is the score before treatment (0–10). Over a course of treatment, a fall of at least 2
        points and at least 30% from baseline, both, is clinically important (Farrar 2001; Salaffi
        2004). The change within one session is not judged against it.
      </p>
    </aside>
  )
}
