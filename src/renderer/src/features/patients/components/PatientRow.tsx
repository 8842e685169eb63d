import { dayOf, daysBetween, formatDate, formatDaysFrom, type IsoDate } from '@shared/dates'
import { fullName, screeningFlags, type Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { SCREENING_SHORT } from '@shared/domain/screening'
import { navigate } from '@renderer/lib/router'
import { PriorityBadge } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { ageAndSex, initials } from '../model/format'

export type PatientRowProps = {
  patient: Patient
  /** The next race; null when they have none; undefined while not yet looked up. */
  nextRace: Race | null | undefined
  today: IsoDate
  id: string
  index: number
  setSize: number
  top: number
  isActive: boolean
  onPointerActivate: (index: number) => void
}

/** One patient in the list: who, what is treated, what to mind, their next race, last seen. */
export function PatientRow({
  patient,
  nextRace,
  today,
  id,
  index,
  setSize,
  top,
  isActive,
  onPointerActivate
}: PatientRowProps) {
  const flags = screeningFlags(patient.screening)
  return (
    <div
      id={id}
      role="option"
      aria-selected={isActive}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`patient-row ${isActive ? 'is-active' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onPointerMove={() => {
        if (!isActive) onPointerActivate(index)
      }}
      // The option itself opens the patient: a link inside it would be a control in a control.
      onClick={() => navigate({ name: 'patient', patientId: patient.id, tab: 'overview' })}
    >
      <span className="patient-row__link">
        <span className="avatar" aria-hidden="true">
          {initials(patient)}
        </span>
        <span className="patient-row__main">
          <span className="patient-row__name">{fullName(patient)}</span>
          <span className="muted small patient-row__sub">
            {[ageAndSex(patient, today), patient.diagnoses[0]?.label].filter(Boolean).join(' · ')}
          </span>
        </span>
        <span className="patient-row__flags">
          {flags.length > 0 ? (
            <span
              className="badge badge--warning"
              title={flags.map((f) => SCREENING_SHORT[f]).join(', ')}
              aria-label={`Screening precautions: ${flags.map((f) => SCREENING_SHORT[f]).join(', ')}`}
            >
              <Icon name="alert" size={13} /> {flags.length}
            </span>
          ) : null}
        </span>
        <span className="patient-row__race">
          {nextRace ? (
            <>
              <PriorityBadge priority={nextRace.priority} />
              <span className="small patient-row__race-name">
                {nextRace.name}{' '}
                <span className="muted">{formatDaysFrom(daysBetween(today, nextRace.date))}</span>
              </span>
            </>
          ) : nextRace === null ? (
            <span className="muted small">No race planned</span>
          ) : null}
        </span>
        <span className="patient-row__seen muted small">
          {patient.status === 'archived' && patient.archivedAt
            ? `Archived ${formatDate(new Date(patient.archivedAt))}`
            : patient.lastSessionAt
              ? `Seen ${formatDate(dayOf(patient.lastSessionAt))}`
              : 'Not seen yet'}
        </span>
      </span>
    </div>
  )
}
