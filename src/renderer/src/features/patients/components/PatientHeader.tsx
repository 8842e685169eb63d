import { useState, type ReactNode } from 'react'
import { formatDate, toIsoDate, toLocalDateTime } from '@shared/dates'
import { SIDE_LABELS } from '@shared/domain/common'
import { fullName, screeningFlags, type Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { raceWindowWarnings } from '@shared/domain/rules/raceWindow'
import { SCREENING_KEYS } from '@shared/domain/screening'
import type { Settings } from '@shared/domain/settings'
import { Link, navigate } from '@renderer/lib/router'
import { ScreeningFlags } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { usePatientWrites } from '../hooks/usePatientWrites'
import { ageAndSex, initials } from '../model/format'
import { weeklyVolumeText } from '../model/patientForm'
import { ActionsMenu, type MenuAction } from './ActionsMenu'
import { ConsentStatus } from './ConsentStatus'
import { DeletePatientDialog } from './DeletePatientDialog'

export type PatientHeaderProps = {
  patient: Patient
  races: Race[] | undefined
  settings: Settings
  now: Date
  /** Notes from elsewhere in the app, shown under the warnings. */
  notices?: ReactNode
}

/**
 * Who the patient is and what to mind before needling: screening precautions, consent, and
 * whether today falls inside the clinic's window before one of their races.
 */
export function PatientHeader({ patient, races, settings, now, notices }: PatientHeaderProps) {
  const writes = usePatientWrites()
  const [isDeleting, setIsDeleting] = useState(false)
  const today = toIsoDate(now)
  const name = fullName(patient)
  const flags = screeningFlags(patient.screening)
  const unasked = SCREENING_KEYS.filter((key) => patient.screening.answers[key] === undefined)
  const volume =
    patient.running.weeklyKm === null
      ? null
      : `${weeklyVolumeText(patient.running.weeklyKm, settings.units)} ${settings.units}/week`
  const warnings =
    patient.status === 'active' && races
      ? raceWindowWarnings(toLocalDateTime(now), races, settings.raceWindow)
      : []

  const handleMoveToTrash = async (): Promise<void> => {
    const moved = await writes.moveToTrash(patient)
    if (moved.ok) navigate({ name: 'patients' })
  }

  const actions: MenuAction[] =
    patient.status === 'active'
      ? [
          {
            label: 'Archive',
            onSelect: () => void writes.archive(patient)
          },
          { label: 'Delete…', isDanger: true, onSelect: () => setIsDeleting(true) }
        ]
      : patient.status === 'archived'
        ? [
            {
              label: 'Restore from archive',
              onSelect: () => void writes.unarchive(patient)
            },
            { label: 'Delete…', isDanger: true, onSelect: () => setIsDeleting(true) }
          ]
        : []

  return (
    <div className="patient-header">
      <span className="avatar avatar--large" aria-hidden="true">
        {initials(patient)}
      </span>
      <div className="grow stack" style={{ gap: 10 }}>
        <div className="row row--between patient-header__top">
          <div className="grow">
            <h1>{name}</h1>
            <div className="patient-header__facts">
              {ageAndSex(patient, today) ? <span>{ageAndSex(patient, today)}</span> : null}
              {patient.phone ? (
                <span className="row nowrap" style={{ gap: 4 }}>
                  <Icon name="phone" size={13} /> {patient.phone}
                </span>
              ) : null}
              {patient.email ? <span>{patient.email}</span> : null}
              {volume ? <span>{volume}</span> : null}
              {patient.running.yearsRunning !== null ? (
                <span>
                  Running {patient.running.yearsRunning}{' '}
                  {patient.running.yearsRunning === 1 ? 'year' : 'years'}
                </span>
              ) : null}
              {patient.status !== 'active' ? (
                <span className="badge">
                  {patient.status === 'archived' ? 'Archived' : 'In trash'}
                </span>
              ) : null}
            </div>
          </div>
          {patient.status !== 'trashed' ? (
            <div className="row patient-header__actions">
              <Link to={{ name: 'patient-edit', patientId: patient.id }} className="btn">
                <Icon name="edit" size={16} /> Edit
              </Link>
              <ActionsMenu label="More" actions={actions} />
              {patient.status === 'active' ? (
                <Link
                  to={{ name: 'session-new', patientId: patient.id }}
                  className="btn btn--primary"
                >
                  <Icon name="needle" size={16} /> Log session
                </Link>
              ) : null}
            </div>
          ) : null}
        </div>
        {patient.diagnoses.length > 0 ? (
          <ul className="row row--wrap list" aria-label="Current diagnoses">
            {patient.diagnoses.map((d, i) => (
              <li key={i} className="badge badge--primary">
                {d.label}
                {d.side ? ` · ${SIDE_LABELS[d.side].toLowerCase()}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        <ScreeningFlags flags={flags} />
        <div className="patient-header__status">
          <ConsentStatus patient={patient} />
          <span className="muted small">
            {patient.screening.reviewedOn
              ? `Screening reviewed ${formatDate(patient.screening.reviewedOn)}`
              : 'Screening not reviewed yet'}
            {unasked.length > 0
              ? ` · ${unasked.length} of ${SCREENING_KEYS.length} questions not asked`
              : ''}
          </span>
        </div>
        {warnings.map((w) => (
          <div key={w.race.id} className="alert alert--warning" role="note">
            <Icon name="alert" />
            <span>
              <strong>Race window:</strong> {w.message}{' '}
              <span className="small">
                (A clinic setting, changed in Settings; it never blocks a session.)
              </span>
            </span>
          </div>
        ))}
        {notices}
      </div>
      {isDeleting ? (
        <DeletePatientDialog
          patient={patient}
          onConfirm={handleMoveToTrash}
          onClose={() => setIsDeleting(false)}
        />
      ) : null}
    </div>
  )
}
