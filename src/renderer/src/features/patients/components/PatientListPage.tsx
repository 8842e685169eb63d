import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { formatDate, formatDaysFrom, daysBetween, dayOf, toIsoDate } from '@shared/dates'
import { fullName, screeningFlags } from '@shared/domain/patient'
import { useCommand } from '../../../app/commands'
import { Link, navigate } from '../../../app/router'
import { routeHref } from '../../../app/routes'
import { PriorityBadge } from '../../../components/Badges'
import { Icon } from '../../../components/Icon'
import { PageHeader } from '../../../components/PageHeader'
import { useNow } from '../../../lib/clock'
import { usePatientCount, usePatientRows } from '../hooks/usePatients'
import { ageAndSex, initials } from '../model/format'
import '../patients.css'

/** Find a patient by typing; arrow keys move, Enter opens. */
export function PatientListPage() {
  const today = toIsoDate(useNow())
  const [query, setQuery] = useState('')
  const [activeIndex, setActiveIndex] = useState(0)
  const rows = usePatientRows(query, { today })
  const total = usePatientCount()
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  useCommand('find-patient', () => inputRef.current?.focus())

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (!rows || rows.length === 0) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActiveIndex((i) => Math.min(i + 1, rows.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActiveIndex((i) => Math.max(i - 1, 0))
    } else if (event.key === 'Enter') {
      const row = rows[activeIndex]
      if (row) navigate({ name: 'patient', patientId: row.patient.id, tab: 'overview' })
    }
  }

  const optionId = (i: number): string => `${listId}-opt-${i}`

  return (
    <div className="page">
      <PageHeader
        title="Patients"
        subtitle={
          total === undefined ? '\u00a0' : `${total} active ${total === 1 ? 'patient' : 'patients'}`
        }
        actions={
          <Link to={{ name: 'patient-new' }} className="btn btn--primary">
            <Icon name="plus" size={16} /> New patient
          </Link>
        }
      />
      <div className="card">
        <div className="patient-search">
          <Icon name="search" />
          <input
            ref={inputRef}
            className="patient-search__input"
            type="search"
            role="combobox"
            aria-label="Search patients by name"
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={rows && rows.length > 0 ? optionId(activeIndex) : undefined}
            aria-autocomplete="list"
            placeholder="Search by name…"
            autoFocus
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
              setActiveIndex(0)
            }}
            onKeyDown={handleKeyDown}
          />
        </div>
        <ul
          id={listId}
          role="listbox"
          aria-label="Patients"
          className="list patient-list"
          aria-busy={rows === undefined}
        >
          {rows?.map(({ patient, nextRace }, i) => {
            const flags = screeningFlags(patient.screening)
            const daysToRace = nextRace ? daysBetween(today, nextRace.date) : null
            return (
              <li
                key={patient.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={`patient-row ${i === activeIndex ? 'is-active' : ''}`}
                onMouseEnter={() => setActiveIndex(i)}
              >
                <a
                  className="patient-row__link"
                  href={routeHref({ name: 'patient', patientId: patient.id, tab: 'overview' })}
                  tabIndex={-1}
                >
                  <span className="avatar" aria-hidden="true">
                    {initials(patient)}
                  </span>
                  <span className="patient-row__main">
                    <span className="patient-row__name">{fullName(patient)}</span>
                    <span className="muted small">
                      {[ageAndSex(patient, today), patient.diagnoses[0]?.label]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  {flags.length > 0 ? (
                    <span
                      className="badge badge--warning"
                      title={`${flags.length} screening precaution(s)`}
                    >
                      <Icon name="alert" size={13} /> {flags.length}
                    </span>
                  ) : null}
                  <span className="patient-row__race">
                    {nextRace && daysToRace !== null ? (
                      <>
                        <PriorityBadge priority={nextRace.priority} />
                        <span className="small">
                          {nextRace.name}{' '}
                          <span className="muted">{formatDaysFrom(daysToRace)}</span>
                        </span>
                      </>
                    ) : (
                      <span className="muted small">No race planned</span>
                    )}
                  </span>
                  <span className="patient-row__seen muted small">
                    {patient.lastSessionAt
                      ? `Seen ${formatDate(dayOf(patient.lastSessionAt))}`
                      : 'Not seen yet'}
                  </span>
                </a>
              </li>
            )
          })}
        </ul>
        {rows && rows.length === 0 ? (
          <div className="empty-state">
            {query ? (
              <p>No patient matches “{query}”.</p>
            ) : (
              <>
                <h2>No patients yet</h2>
                <p>Add your first runner to start logging sessions.</p>
              </>
            )}
          </div>
        ) : null}
      </div>
    </div>
  )
}
