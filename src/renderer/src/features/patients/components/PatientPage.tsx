import type { ReactNode } from 'react'
import { daysBetween, formatDate, formatDaysFrom, toIsoDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { Link } from '@renderer/lib/router'
import type { PatientTab } from '@renderer/lib/routes'
import { PriorityBadge } from '@renderer/components/Badges'
import { Icon } from '@renderer/components/Icon'
import { useNow } from '@renderer/lib/clock'
import { usePatient, usePatientRaces, usePatientSessions } from '../hooks/usePatients'
import { PatientHeader } from './PatientHeader'
import { PatientStatusBanner } from './PatientStatusBanner'
import { SessionList } from './SessionList'
import { NotFound } from '@renderer/components/NotFound'
import '../patients.css'

export type PatientRecordParts = {
  patient: Patient
  races: Race[] | undefined
  sessions: Session[] | undefined
  today: string
}

/** What other features show on a patient's page; the app fills these in. */
export type PatientPageSlots = {
  /** Who opened or changed this patient's record, on Overview (the clinic's audit trail). */
  history?: (parts: PatientRecordParts) => ReactNode
  /** Notes under the header (an unsaved session, for one). */
  notices: (parts: PatientRecordParts) => ReactNode
  /** The race calendar, on Overview and Races. */
  races: (parts: PatientRecordParts) => ReactNode
  /** The Progress tab. */
  progress: (parts: PatientRecordParts) => ReactNode
}

export type PatientPageProps = {
  patientId: string
  tab: PatientTab
  settings: Settings
  slots: PatientPageSlots
}

const TAB_LABELS: Record<PatientTab, string> = {
  overview: 'Overview',
  sessions: 'Sessions',
  races: 'Races',
  progress: 'Progress'
}

export function PatientPage({ patientId, tab, settings, slots }: PatientPageProps) {
  const patient = usePatient(patientId)
  const races = usePatientRaces(patientId)
  const sessions = usePatientSessions(patientId)
  const now = useNow()
  const today = toIsoDate(now)

  if (patient === undefined) return <div className="page" aria-busy="true" />
  if (patient === null) {
    return (
      <NotFound
        title="Patient not found"
        reason="They may have been deleted."
        back={{ to: { name: 'patients' }, label: 'Back to patients' }}
      />
    )
  }

  const nextRace = races?.find((r) => r.date >= today) ?? null
  const daysToRace = nextRace ? daysBetween(today, nextRace.date) : null
  const newestFirst = sessions ? [...sessions].reverse() : undefined
  const parts: PatientRecordParts = { patient, races, sessions, today }

  return (
    <div className="page">
      <PatientStatusBanner patient={patient} />
      <div className="card">
        <PatientHeader
          patient={patient}
          races={races}
          settings={settings}
          now={now}
          notices={slots.notices(parts)}
        />
        {nextRace && daysToRace !== null ? (
          <div className="card__body" style={{ paddingTop: 0 }}>
            <div className="countdown" aria-label="Next race">
              <Icon name="races" />
              <PriorityBadge priority={nextRace.priority} />
              <span className="grow">
                <strong>{nextRace.name}</strong>{' '}
                <span className="muted">· {formatDate(nextRace.date)}</span>
              </span>
              <span className="countdown__days">{formatDaysFrom(daysToRace)}</span>
            </div>
          </div>
        ) : null}
        <nav className="tabs" aria-label="Patient record">
          {(Object.keys(TAB_LABELS) as (keyof typeof TAB_LABELS)[]).map((t) => (
            <Link
              key={t}
              to={{ name: 'patient', patientId, tab: t }}
              className={`tabs__tab ${tab === t ? 'is-active' : ''}`}
              aria-current={tab === t ? 'page' : undefined}
            >
              {TAB_LABELS[t]}
            </Link>
          ))}
        </nav>
      </div>

      <div className="stack stack--lg" style={{ marginTop: 20 }}>
        {tab === 'overview' || tab === 'sessions' ? (
          <section className="card" aria-labelledby="sessions-title">
            <div className="card__header">
              <h2 id="sessions-title">{tab === 'overview' ? 'Recent sessions' : 'All sessions'}</h2>
              <span className="muted small">{sessions?.length ?? 0} in total</span>
            </div>
            <SessionList
              patientId={patientId}
              sessions={tab === 'overview' ? newestFirst?.slice(0, 5) : newestFirst}
            />
          </section>
        ) : null}
        {tab === 'overview' || tab === 'races' ? slots.races(parts) : null}
        {tab === 'progress' ? slots.progress(parts) : null}
        {tab === 'overview' && slots.history ? slots.history(parts) : null}
      </div>
    </div>
  )
}
