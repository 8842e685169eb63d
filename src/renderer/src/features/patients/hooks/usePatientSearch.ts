import { useEffect, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { IsoDate } from '@shared/dates'
import type { Patient, PatientStatus } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { useRepositories } from '@renderer/lib/data'
import type { PatientSort } from '@renderer/db/repositories/patients'

export type PatientSearch = {
  query: string
  status: PatientStatus
  sort: PatientSort
  limit: number
}

/** Rows for one search, tagged with the search they answer. */
export type PatientSearchResult = PatientSearch & { patients: Patient[] }

/**
 * An abort signal for the current value of `key`: aborted once a newer value is committed, so
 * work started for an older one stops instead of competing with the newer.
 */
function useSupersededSignal(key: string): AbortSignal {
  const [controller, setController] = useState(() => ({ key, controller: new AbortController() }))
  const current = controller.key === key ? controller : { key, controller: new AbortController() }
  if (current !== controller) setController(current)
  const previous = useRef<AbortController | null>(null)
  useEffect(() => {
    if (previous.current !== current.controller) previous.current?.abort()
    previous.current = current.controller
  }, [current.controller])
  return current.controller.signal
}

/**
 * The patient list: one indexed query per change of the search (a name-prefix search when
 * there is a query, else the first `limit` in the chosen order). While a new search runs the
 * previous result stays on screen; a superseded search is cancelled at its next read and
 * unsubscribed, so it stops costing reads and its late answer can never replace the result
 * of a newer one.
 */
export function usePatientSearch(search: PatientSearch): PatientSearchResult | undefined {
  const { patients } = useRepositories()
  const { query, status, sort, limit } = search
  const signal = useSupersededSignal(`${status}|${sort}|${limit}|${query}`)
  return useLiveQuery(async (): Promise<PatientSearchResult> => {
    const rows = query.trim()
      ? await patients.search(query, { status, sort, limit, signal })
      : await patients.list({ status, sort, limit })
    return { query, status, sort, limit, patients: rows }
  }, [patients, query, status, sort, limit, signal])
}

export type NextRaces = { asked: ReadonlySet<string>; byPatient: ReadonlyMap<string, Race> }

/**
 * Next race of each patient whose row is on screen. Asked per visible window, not per search,
 * so typing never waits for it.
 */
export function useNextRaces(patientIds: readonly string[], today: IsoDate): NextRaces | undefined {
  const { races } = useRepositories()
  const key = patientIds.join('|')
  return useLiveQuery(async (): Promise<NextRaces> => {
    const ids = key ? key.split('|') : []
    return { asked: new Set(ids), byPatient: await races.nextForPatients(ids, today) }
  }, [races, key, today])
}
