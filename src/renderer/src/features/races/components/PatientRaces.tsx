import { useState } from 'react'
import { formatDateTime, type IsoDate } from '@shared/dates'
import { fullName, type Patient } from '@shared/domain/patient'
import { conflictValue, mergeChanges, valueAt, type Merge } from '@shared/changes'
import { formatDuration, type Race, type RaceInput } from '@shared/domain/race'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { ConflictDialog } from '@renderer/components/ConflictDialog'
import { fieldErrorsOf } from '@renderer/lib/writes'
import { RaceList } from './RaceList'
import { useRaceWrites } from '../hooks/useRaceWrites'
import { RaceFormDialog } from './RaceFormDialog'

type RaceConflict = { merge: Merge<RaceInput>; current: Race; mine: RaceInput }

const RACE_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  date: 'Date',
  distance: 'Distance',
  'distance.kind': 'Distance',
  'distance.value': 'Distance',
  'distance.unit': 'Distance unit',
  priority: 'Priority',
  goalSeconds: 'Goal time',
  resultSeconds: 'Result time',
  notes: 'Notes'
}

function raceValue(path: string, value: unknown): string {
  return (path === 'goalSeconds' || path === 'resultSeconds') && typeof value === 'number'
    ? formatDuration(value)
    : conflictValue(value)
}

export type PatientRacesProps = {
  patient: Patient
  races: Race[] | undefined
  today: IsoDate
  units: 'km' | 'mi'
}

/** A patient's race calendar, with races added, edited and deleted in place. */
export function PatientRaces({ patient, races, today, units }: PatientRacesProps) {
  const writes = useRaceWrites()
  const [editing, setEditing] = useState<Race | 'new' | null>(null)
  const [conflict, setConflict] = useState<RaceConflict | null>(null)
  const [deleting, setDeleting] = useState<Race | null>(null)
  const isEditable = patient.status !== 'trashed'

  const save = async (base: Race, input: RaceInput): Promise<Record<string, string> | null> => {
    const result = await writes.update(base, input)
    if (result.ok) {
      setEditing(null)
      setConflict(null)
      return null
    }
    if (result.error.kind !== 'conflict') return fieldErrorsOf(result)
    const current = result.error.current
    const merge = mergeChanges(base, current, input)
    if (merge.theirs.length === 0) return save(current, merge.merged)
    setConflict({ merge, current, mine: input })
    return null
  }

  const handleSave = async (input: unknown): Promise<Record<string, string> | null> => {
    if (editing === null) return null
    if (editing !== 'new') return save(editing, input as RaceInput)
    const result = await writes.create(patient.id, input)
    if (!result.ok) return fieldErrorsOf(result)
    setEditing(null)
    return null
  }

  const handleDelete = async (): Promise<void> => {
    if (!deleting) return
    const result = await writes.remove(deleting)
    if (result.ok) setDeleting(null)
  }

  return (
    <section className="card" aria-labelledby="races-title">
      <div className="card__header">
        <h2 id="races-title">Race calendar</h2>
        {isEditable ? (
          <button type="button" className="btn btn--small" onClick={() => setEditing('new')}>
            <Icon name="plus" size={15} /> Add race
          </button>
        ) : null}
      </div>
      <RaceList
        races={races}
        today={today}
        {...(isEditable ? { onEdit: setEditing, onDelete: setDeleting } : {})}
      />
      {editing !== null ? (
        <RaceFormDialog
          race={editing === 'new' ? null : editing}
          patientName={fullName(patient)}
          units={units}
          today={today}
          onSave={handleSave}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog
          what="This race"
          savedAt={formatDateTime(new Date(conflict.current.updatedAt))}
          rows={conflict.merge.theirs.map((path) => ({
            label: RACE_FIELD_LABELS[path] ?? path,
            theirs: raceValue(path, valueAt(conflict.current, path)),
            mine: conflict.merge.both.includes(path)
              ? raceValue(path, valueAt(conflict.mine, path))
              : null
          }))}
          onSaveMerged={() => void save(conflict.current, conflict.merge.merged)}
          onUseTheirs={() => {
            setConflict(null)
            setEditing(null)
          }}
          onClose={() => setConflict(null)}
        />
      ) : null}
      {deleting ? (
        <Dialog
          title={`Delete ${deleting.name}?`}
          onClose={() => setDeleting(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setDeleting(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn--danger-solid"
                onClick={() => void handleDelete()}
              >
                Delete race
              </button>
            </>
          }
        >
          <p>It is removed from {fullName(patient)}’s race calendar.</p>
        </Dialog>
      ) : null}
    </section>
  )
}
