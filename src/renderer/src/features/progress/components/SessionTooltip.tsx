import type { CSSProperties } from 'react'
import { formatDateTime } from '@shared/dates'
import type { ChartSession } from '../model/series'

export type SessionTooltipProps = { session: ChartSession; style: CSSProperties }

const CHECKPOINT_LABELS = { '24h': '24 h', '48h': '48 h', '72h': '72 h' } as const

/** What the therapist needs to recognise a session at a glance; a click opens it. */
export function SessionTooltip({ session: s, style }: SessionTooltipProps) {
  return (
    <div className="session-tooltip" style={style} role="tooltip">
      <div className="session-tooltip__head">
        <strong>{formatDateTime(s.date)}</strong>
        <span className="muted">{s.therapist}</span>
      </div>
      <div className="session-tooltip__pain">
        <span className="session-tooltip__score session-tooltip__score--before">
          {s.before ?? '–'}
        </span>
        <span aria-hidden="true">→</span>
        <span className="session-tooltip__score session-tooltip__score--after">
          {s.after ?? '–'}
        </span>
        <span className="muted small">
          pain before → after
          {s.drop !== null && s.drop !== 0
            ? ` (${s.drop > 0 ? `${s.drop} lower` : `${-s.drop} higher`})`
            : ''}
        </span>
      </div>
      {s.muscles.length > 0 ? (
        <div className="small">
          <span className="muted">Needled: </span>
          {s.muscles.join(', ')}
          {s.twitchResponses > 0 ? ` · ${s.twitchResponses} twitch responses` : ''}
        </div>
      ) : (
        <div className="small muted">No needling</div>
      )}
      {s.followUps.length > 0 ? (
        <div className="small">
          <span className="muted">Soreness: </span>
          {s.followUps
            .map((f) => `${f.soreness}/10 at ${CHECKPOINT_LABELS[f.checkpoint]}`)
            .join(' · ')}
        </div>
      ) : null}
      {s.adverseEvents.length > 0 ? (
        <div className="small session-tooltip__adverse">Adverse: {s.adverseEvents.join(', ')}</div>
      ) : null}
      {s.raceWarning ? <div className="small session-tooltip__warning">{s.raceWarning}</div> : null}
      <div className="session-tooltip__hint">Click to open the session</div>
    </div>
  )
}
