import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { toIsoDate } from '@shared/dates'
import type { PatientStatus } from '@shared/domain/patient'
import { useCommand } from '@renderer/lib/commands'
import { Link, navigate } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import type { PatientSort } from '@renderer/db/repositories/patients'
import { useNow } from '@renderer/lib/clock'
import { usePatientCount } from '../hooks/usePatients'
import { useNextRaces, usePatientSearch } from '../hooks/usePatientSearch'
import type { WindowRange } from '../model/virtualWindow'
import { patientOptionId, VirtualPatientList } from './VirtualPatientList'
import '../patients.css'

/** Rows read per step of the unfiltered list; more are read as the list is scrolled. */
const PAGE = 100
/** A search shows at most this many matches: more letters narrow it. */
const SEARCH_LIMIT = 100

const SORT_LABELS: Record<PatientSort, string> = {
  recent: 'Recently seen',
  name: 'By name'
}

const shown = (rows: readonly unknown[] | undefined): number => rows?.length ?? 0

/** Find a patient by typing; arrow keys move, Enter opens. */
export function PatientListPage() {
  const today = toIsoDate(useNow())
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<Extract<PatientStatus, 'active' | 'archived'>>('active')
  const [sort, setSort] = useState<PatientSort>('recent')
  const [pageLimit, setPageLimit] = useState(PAGE)
  const [activeIndex, setActiveIndex] = useState(0)
  const [range, setRange] = useState<WindowRange>({ start: 0, end: 0 })
  const [rowsInView, setRowsInView] = useState(10)
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  useCommand('find-patient', () => inputRef.current?.focus())

  const isSearching = query.trim() !== ''
  const result = usePatientSearch({
    query,
    status,
    sort,
    limit: isSearching ? SEARCH_LIMIT : pageLimit
  })
  const rows = result?.patients
  const activeCount = usePatientCount('active')
  const archivedCount = usePatientCount('archived')
  const trashCount = usePatientCount('trashed')
  const visibleIds = rows?.slice(range.start, range.end).map((p) => p.id) ?? []
  const nextRaces = useNextRaces(visibleIds, today)
  const active = rows && rows.length > 0 ? Math.min(activeIndex, rows.length - 1) : -1

  // The unfiltered list reads on as it is scrolled near its end (index order is the sort
  // order, so rows already shown never move).
  const hasMore = !isSearching && rows !== undefined && rows.length === pageLimit
  const more = useRef({ hasMore, length: shown(rows) })
  useEffect(() => {
    more.current = { hasMore, length: shown(rows) }
  })
  const handleRangeChange = useCallback((next: WindowRange, inView: number) => {
    setRange(next)
    setRowsInView(inView)
    if (more.current.hasMore && next.end >= more.current.length - 20) {
      setPageLimit((n) => n + PAGE)
    }
  }, [])

  const startOver = (): void => {
    setActiveIndex(0)
    setPageLimit(PAGE)
  }

  const open = (index: number): void => {
    const patient = rows?.[index]
    if (patient) navigate({ name: 'patient', patientId: patient.id, tab: 'overview' })
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (!rows || rows.length === 0) return
    const last = rows.length - 1
    const step = Math.max(1, rowsInView - 1)
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      PageDown: Math.min(active + step, last),
      PageUp: Math.max(active - step, 0)
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      setActiveIndex(target)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      open(active)
    }
  }

  const total = status === 'active' ? activeCount : archivedCount
  const count = shown(rows)
  const resultKey = result ? `${result.status}|${result.sort}|${result.query}` : 'loading'

  return (
    <div className="page">
      <PageHeader
        title="Patients"
        subtitle={
          activeCount === undefined
            ? '\u00a0'
            : `${activeCount} active ${activeCount === 1 ? 'patient' : 'patients'}${
                archivedCount ? ` · ${archivedCount} archived` : ''
              }`
        }
        actions={
          <>
            <Link to={{ name: 'trash' }} className="btn btn--ghost">
              <Icon name="trash" size={16} /> Trash{trashCount ? ` (${trashCount})` : ''}
            </Link>
            <Link to={{ name: 'patient-new' }} className="btn btn--primary">
              <Icon name="plus" size={16} /> New patient
            </Link>
          </>
        }
      />
      <div className="card patient-list-card">
        <div className="patient-toolbar">
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
              aria-activedescendant={active >= 0 ? patientOptionId(listId, active) : undefined}
              aria-autocomplete="list"
              placeholder={
                status === 'active' ? 'Search by name…' : 'Search archived patients by name…'
              }
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value)
                startOver()
              }}
              onKeyDown={handleKeyDown}
            />
          </div>
          <div className="segmented segmented--toolbar" role="radiogroup" aria-label="Show">
            {(['active', 'archived'] as const).map((s) => (
              <label key={s} className="segmented__option">
                <input
                  type="radio"
                  name={`${listId}-status`}
                  checked={status === s}
                  onChange={() => {
                    setStatus(s)
                    startOver()
                  }}
                />
                <span>{s === 'active' ? 'Active' : 'Archived'}</span>
              </label>
            ))}
          </div>
          <div
            className="segmented segmented--toolbar"
            role="radiogroup"
            aria-label="Sort patients"
          >
            {(Object.keys(SORT_LABELS) as PatientSort[]).map((s) => (
              <label key={s} className="segmented__option" title={`Sort: ${SORT_LABELS[s]}`}>
                <input
                  type="radio"
                  name={`${listId}-sort`}
                  checked={sort === s}
                  onChange={() => {
                    setSort(s)
                    startOver()
                  }}
                />
                <span>{SORT_LABELS[s]}</span>
              </label>
            ))}
          </div>
        </div>
        <VirtualPatientList
          resultsKey={resultKey}
          listId={listId}
          label="Patients"
          patients={rows ?? []}
          nextRaces={nextRaces}
          today={today}
          activeIndex={Math.max(active, 0)}
          resultsFor={result?.query ?? ''}
          isBusy={result === undefined || result.query !== query}
          onActiveChange={setActiveIndex}
          onRangeChange={handleRangeChange}
        />
        <p className="visually-hidden" role="status">
          {result && isSearching
            ? `${count === SEARCH_LIMIT ? `More than ${SEARCH_LIMIT}` : count} ${
                count === 1 ? 'patient matches' : 'patients match'
              } “${result.query}”`
            : ''}
        </p>
        {rows && rows.length === 0 ? (
          <div className="empty-state">
            {isSearching ? (
              <p>
                No {status === 'archived' ? 'archived' : 'active'} patient matches “{query}”.
              </p>
            ) : status === 'archived' ? (
              <p>No archived patients. Archive a patient from their page to hide them here.</p>
            ) : (
              <>
                <h2>No patients yet</h2>
                <p>Add your first runner to start logging sessions.</p>
              </>
            )}
          </div>
        ) : null}
        {isSearching && count === SEARCH_LIMIT ? (
          <p className="patient-list__more muted small">
            Showing the first {SEARCH_LIMIT} matches. Type more of the name to narrow the list.
          </p>
        ) : hasMore && total !== undefined ? (
          <p className="patient-list__more muted small">
            {count} of {total} shown; scroll for more
          </p>
        ) : null}
      </div>
    </div>
  )
}
