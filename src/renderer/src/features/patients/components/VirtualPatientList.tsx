import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { IsoDate } from '@shared/dates'
import type { Patient } from '@shared/domain/patient'
import type { NextRaces } from '../hooks/usePatientSearch'
import { scrollToReveal, visibleRange, type WindowRange } from '../model/virtualWindow'
import { PatientRow } from './PatientRow'

/** Every row has this height (px), kept in step with .patient-row in patients.css. */
export const PATIENT_ROW_HEIGHT = 60
/** Used until the list has been laid out and measured. */
const FALLBACK_VIEWPORT = 640

export type VirtualPatientListProps = {
  listId: string
  label: string
  patients: readonly Patient[]
  nextRaces: NextRaces | undefined
  today: IsoDate
  activeIndex: number
  /** The query the rows answer, exposed for tools that wait for a search to be painted. */
  resultsFor: string
  /** Changes whenever the rows answer a different search: the list then scrolls to the top. */
  resultsKey: string
  isBusy: boolean
  onActiveChange: (index: number) => void
  /** Tells the page which rows are drawn and how many fit in view. */
  onRangeChange: (range: WindowRange, rowsInView: number) => void
}

/**
 * The patient listbox, windowed: only the rows in view are in the DOM, so ten thousand
 * patients cost the same to draw as ten. The active row is always scrolled into view, so
 * keyboard navigation (which points at it with aria-activedescendant) never loses it.
 */
export function VirtualPatientList({
  listId,
  label,
  patients,
  nextRaces,
  today,
  activeIndex,
  resultsFor,
  resultsKey,
  isBusy,
  onActiveChange,
  onRangeChange
}: VirtualPatientListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT)

  useEffect(() => {
    const element = scrollRef.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setViewport(element.clientHeight)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // A new result starts at the top; rows are kept and reconciled by patient, not redrawn.
  const [shownKey, setShownKey] = useState(resultsKey)
  if (shownKey !== resultsKey) {
    setShownKey(resultsKey)
    setScrollTop(0)
  }
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (element && element.scrollTop !== 0) element.scrollTop = 0
  }, [resultsKey])

  // Before paint, so the active row is never drawn outside the window for a frame.
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const next = scrollToReveal(activeIndex, element.scrollTop, viewport, PATIENT_ROW_HEIGHT)
    if (next !== element.scrollTop) {
      element.scrollTop = next
      setScrollTop(next)
    }
  }, [activeIndex, viewport])

  const { start, end } = visibleRange(scrollTop, viewport, PATIENT_ROW_HEIGHT, patients.length)
  const rowsInView = Math.floor(viewport / PATIENT_ROW_HEIGHT)
  useEffect(() => {
    onRangeChange({ start, end }, rowsInView)
  }, [start, end, rowsInView, onRangeChange])

  return (
    <div
      ref={scrollRef}
      id={listId}
      role="listbox"
      aria-label={label}
      aria-busy={isBusy}
      data-results-for={resultsFor}
      className="patient-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div
        className="patient-list__canvas"
        style={{ height: patients.length * PATIENT_ROW_HEIGHT }}
      >
        {patients.slice(start, end).map((patient, offset) => {
          const index = start + offset
          const isAsked = nextRaces?.asked.has(patient.id) ?? false
          return (
            <PatientRow
              key={patient.id}
              id={patientOptionId(listId, index)}
              patient={patient}
              nextRace={isAsked ? (nextRaces?.byPatient.get(patient.id) ?? null) : undefined}
              today={today}
              index={index}
              setSize={patients.length}
              top={index * PATIENT_ROW_HEIGHT}
              isActive={index === activeIndex}
              onPointerActivate={onActiveChange}
            />
          )
        })}
      </div>
    </div>
  )
}

export const patientOptionId = (listId: string, index: number): string => `${listId}-opt-${index}`
