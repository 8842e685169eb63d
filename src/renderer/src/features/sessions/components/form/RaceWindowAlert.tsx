import { isLocalDateTime } from '@shared/dates'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import type { RaceWindowSettings } from '@shared/domain/settings'
import { Icon } from '@renderer/components/Icon'
import { useFormValue } from '../../hooks/sessionFormContext'
import { useRacesOf } from '../../hooks/useSessionData'

export type RaceWindowAlertProps = { patientId: string; raceWindow: RaceWindowSettings }

/** Warns (never blocks) when the session date falls in the clinic's window before a race. */
export function RaceWindowAlert({ patientId, raceWindow }: RaceWindowAlertProps) {
  const date = useFormValue((f) => f.date)
  const races = useRacesOf(patientId)
  if (!races || !isLocalDateTime(date)) return null
  const warnings = raceWindowWarnings(date, races, raceWindow)
  if (warnings.length === 0) return null
  return (
    <div className="alert alert--warning" role="note" aria-label="Race window">
      <Icon name="races" />
      <div className="stack" style={{ gap: 2 }}>
        {warnings.map((w) => (
          <strong key={w.race.id}>{w.message}</strong>
        ))}
        <span className="small">
          A clinic setting (Settings), not a rule: the session can still be saved.
        </span>
      </div>
    </div>
  )
}
