import { useState } from 'react'
import type { IsoDate } from '@shared/dates'
import { fullName, type Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { useNotify } from '@renderer/components/Toasts'
import { RaceList } from './RaceList'
import { useRaceRepository } from '../hooks/useRaceRepository'
import { RaceFormDialog } from './RaceFormDialog'

export type PatientRacesProps = {
  patient: Patient
  races: Race[] | undefined
  today: IsoDate
  units: 'km' | 'mi'
}

/** A patient's race calendar, with races added, edited and deleted in place. */
export function PatientRaces({ patient, races, today, units }: PatientRacesProps) {
  const repo = useRaceRepository()
  const notify = useNotify()
  const [editing, setEditing] = useState<Race | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Race | null>(null)
  const isEditable = patient.status !== 'trashed'

  const handleSave = async (input: unknown): Promise<Record<string, string> | null> => {
    if (editing === null) return null
    const result =
      editing === 'new'
        ? await repo.create(patient.id, input)
        : await repo.update(editing.id, input)
    if (!result.ok) {
      notify(result.error.message, { isError: true })
      return result.error.kind === 'validation' ? result.error.fields : {}
    }
    notify(editing === 'new' ? `${result.value.name} added to the calendar` : 'Race saved')
    setEditing(null)
    return null
  }

  const handleDelete = async (): Promise<void> => {
    if (!deleting) return
    const result = await repo.remove(deleting.id)
    if (!result.ok) {
      notify(result.error.message, { isError: true })
      return
    }
    notify(`${deleting.name} deleted`)
    setDeleting(null)
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
