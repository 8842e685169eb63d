import { daysBetween, formatDate, formatDaysFrom, toIsoDate } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { Link } from '../../../app/router'
import type { PatientTab } from '../../../app/routes'
import { PriorityBadge } from '../../../components/Badges'
import { Icon } from '../../../components/Icon'
import { useNow } from '../../../lib/clock'
import { ProgressView } from '../../progress/components/ProgressView'
import { PatientRaces } from '../../races/components/PatientRaces'
import { usePatient, usePatientRaces, usePatientSessions } from '../hooks/usePatients'
import { PatientHeader } from './PatientHeader'
import { PatientStatusBanner } from './PatientStatusBanner'
import { SessionList } from './SessionList'
import '../patients.css'

export type PatientPageProps = { patientId: string; tab: PatientTab; settings: Settings }

const TAB_LABELS: Record<PatientTab, string> = {
  overview: 'Overview',
  sessions: 'Sessions',
  races: 'Races',
  progress: 'Progress'
}

export function PatientPage({ patientId, tab, settings }: PatientPageProps) {
  const patient = usePatient(patientId)
  const races = usePatientRaces(patientId)
  const sessions = usePatientSessions(patientId)
  const now = useNow()
  const today = toIsoDate(now)

  if (patient === undefined) return <div className="page" aria-busy="true" />
  if (patient === null) {
    return (
      <div className="page">
        <div className="card empty-state">
          <h2>Patient not found</h2>
          <p>
            They may have been deleted. <Link to={{ name: 'patients' }}>Back to patients</Link>
          </p>
        </div>
      </div>
    )
  }

  const nextRace = races?.find((r) => r.date >= today) ?? null
  const daysToRace = nextRace ? daysBetween(today, nextRace.date) : null
  const newestFirst = sessions ? [...sessions].reverse() : undefined

  return (
    <div className="page">
      <PatientStatusBanner patient={patient} />
      <div className="card">
        <PatientHeader patient={patient} races={races} settings={settings} now={now} />
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
        {tab === 'overview' || tab === 'races' ? (
          <PatientRaces patient={patient} races={races} today={today} units={settings.units} />
        ) : null}
        {tab === 'progress' ? (
          <ProgressView
            patientId={patientId}
            sessions={sessions}
            races={races}
            settings={settings}
          />
        ) : null}
      </div>
    </div>
  )
}
