import { daysBetween, formatDate, formatDaysFrom, toIsoDate } from '@shared/dates'
import { fullName, screeningFlags, type Patient } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Link } from '../../../app/router'
import type { PatientTab } from '../../../app/routes'
import { PriorityBadge, ScreeningFlags } from '../../../components/Badges'
import { Icon } from '../../../components/Icon'
import { useNow } from '../../../lib/clock'
import { SessionDraftNotice } from '../../sessions/components/SessionDraftNotice'
import { usePatient, usePatientRaces, usePatientSessions } from '../hooks/usePatients'
import { ageAndSex, initials } from '../model/format'
import { RaceList } from './RaceList'
import { SessionList } from './SessionList'
import '../patients.css'

export type PatientPageProps = { patientId: string; tab: PatientTab; settings: Settings }

const TAB_LABELS: Record<Exclude<PatientTab, 'progress'>, string> = {
  overview: 'Overview',
  sessions: 'Sessions',
  races: 'Races'
}

export function PatientPage({ patientId, tab, settings }: PatientPageProps) {
  const patient = usePatient(patientId)
  const races = usePatientRaces(patientId)
  const sessions = usePatientSessions(patientId)
  const today = toIsoDate(useNow())

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
      <div className="card">
        <PatientHeader patient={patient} settings={settings} today={today} />
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
          <section className="card" aria-labelledby="races-title">
            <div className="card__header">
              <h2 id="races-title">Race calendar</h2>
            </div>
            <RaceList races={races} today={today} />
          </section>
        ) : null}
      </div>
    </div>
  )
}

type PatientHeaderProps = { patient: Patient; settings: Settings; today: string }

function PatientHeader({ patient, settings, today }: PatientHeaderProps) {
  const flags = screeningFlags(patient.screening)
  const weekly = patient.running.weeklyKm
  const volume =
    weekly === null
      ? null
      : settings.units === 'mi'
        ? `${Math.round(weekly / 1.609344)} mi/week`
        : `${Math.round(weekly)} km/week`
  return (
    <div className="patient-header">
      <span className="avatar avatar--large" aria-hidden="true">
        {initials(patient)}
      </span>
      <div className="grow stack" style={{ gap: 8 }}>
        <div className="row row--between">
          <div>
            <h1>{fullName(patient)}</h1>
            <div className="patient-header__facts">
              {ageAndSex(patient, today) ? <span>{ageAndSex(patient, today)}</span> : null}
              {patient.phone ? <span>{patient.phone}</span> : null}
              {volume ? <span>{volume}</span> : null}
              {patient.status !== 'active' ? (
                <span className="badge">
                  {patient.status === 'archived' ? 'Archived' : 'In trash'}
                </span>
              ) : null}
            </div>
          </div>
          <div className="row">
            <Link to={{ name: 'patient-edit', patientId: patient.id }} className="btn">
              <Icon name="edit" size={16} /> Edit
            </Link>
            <Link to={{ name: 'session-new', patientId: patient.id }} className="btn btn--primary">
              <Icon name="needle" size={16} /> Log session
            </Link>
          </div>
        </div>
        {patient.diagnoses.length > 0 ? (
          <ul className="row row--wrap list" aria-label="Current diagnoses">
            {patient.diagnoses.map((d, i) => (
              <li key={i} className="badge badge--primary">
                {d.label}
                {d.side ? ` · ${d.side === 'bilateral' ? 'both sides' : d.side}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        <ScreeningFlags flags={flags} />
        <SessionDraftNotice patientId={patient.id} />
        {!patient.consent.isOnFile ? (
          <div className="alert alert--warning">
            <Icon name="alert" /> No needling consent on file.
          </div>
        ) : null}
      </div>
    </div>
  )
}
