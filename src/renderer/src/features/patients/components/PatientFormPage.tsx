import { useState } from 'react'
import { mergeChanges, type Merge } from '@shared/changes'
import { formatDateTime, toIsoDate } from '@shared/dates'
import { fullName, type Patient, type PatientInput } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Link, navigate } from '@renderer/lib/router'
import { PageHeader } from '@renderer/components/PageHeader'
import { fieldErrorsOf } from '@renderer/lib/writes'
import { useNow } from '@renderer/lib/clock'
import { usePatient } from '../hooks/usePatients'
import { usePatientWrites } from '../hooks/usePatientWrites'
import { PatientForm } from './PatientForm'
import { ConflictDialog } from '@renderer/components/ConflictDialog'
import { NotFound } from '@renderer/components/NotFound'
import { patientConflictRows } from '../model/conflictLabels'

type PatientConflict = {
  merge: Merge<PatientInput>
  current: Patient
  mine: PatientInput
}

export type PatientFormPageProps = {
  /** The patient to edit; absent for a new patient. */
  patientId?: string
  settings: Settings
}

/** New patient, or changes to one: saved whole or not at all, then back to the patient. */
export function PatientFormPage({ patientId, settings }: PatientFormPageProps) {
  const existing = usePatient(patientId ?? '')
  const writes = usePatientWrites()
  const [conflict, setConflict] = useState<PatientConflict | null>(null)
  const [isResolving, setIsResolving] = useState(false)
  const today = toIsoDate(useNow())
  const isNew = patientId === undefined

  if (!isNew && existing === undefined) return <div className="page" aria-busy="true" />
  if (!isNew && !existing) {
    return (
      <NotFound
        title="Patient not found"
        reason="They may have been deleted."
        back={{ to: { name: 'patients' }, label: 'Back to patients' }}
      />
    )
  }

  const finish = (id: string): void =>
    // Replace the form in history: Back from the patient should not reopen a finished form.
    navigate({ name: 'patient', patientId: id, tab: 'overview' }, { replace: true })

  const handleSave = async (
    input: PatientInput,
    base: Patient | undefined
  ): Promise<Record<string, string> | null> => {
    if (isNew || !base) {
      const created = await writes.create(input)
      if (!created.ok) return fieldErrorsOf(created)
      finish(created.value.id)
      return null
    }
    const result = await writes.update(patientId, input, base.updatedAt)
    if (result.ok) {
      finish(result.value.id)
      return null
    }
    if (result.error.kind !== 'conflict') return fieldErrorsOf(result)
    const current = result.error.current
    const merge = mergeChanges(base, current, input)
    // Saved elsewhere, but nothing this form edits changed (a session logged meanwhile moves
    // "last seen"): save on top of it.
    if (merge.theirs.length === 0) return handleSave(merge.merged, current)
    setConflict({ merge, current, mine: input })
    return null
  }

  const handleSaveMerged = async (): Promise<void> => {
    if (!conflict || !patientId) return
    setIsResolving(true)
    const result = await writes.update(patientId, conflict.merge.merged, conflict.current.updatedAt)
    setIsResolving(false)
    if (result.ok) return finish(result.value.id)
    if (result.error.kind === 'conflict') {
      const current = result.error.current
      setConflict({
        merge: mergeChanges(conflict.current, current, conflict.merge.merged),
        current,
        mine: conflict.mine
      })
    }
  }

  const conflictDialog = conflict ? (
    <ConflictDialog
      what="This patient"
      savedAt={formatDateTime(new Date(conflict.current.updatedAt))}
      rows={patientConflictRows(conflict.merge, conflict.current, conflict.mine)}
      isBusy={isResolving}
      onSaveMerged={() => void handleSaveMerged()}
      onUseTheirs={() => patientId && finish(patientId)}
      onClose={() => setConflict(null)}
    />
  ) : null

  const handleCancel = (): void =>
    navigate(isNew ? { name: 'patients' } : { name: 'patient', patientId, tab: 'overview' })

  return (
    <div className="page page--form">
      <PageHeader
        title={isNew || !existing ? 'New patient' : `Edit ${fullName(existing)}`}
        subtitle={
          isNew ? (
            'Only the name is needed to start; fill in the rest as you go.'
          ) : (
            <Link to={{ name: 'patient', patientId, tab: 'overview' }}>Back to the patient</Link>
          )
        }
      />
      <PatientForm
        original={existing ?? undefined}
        units={settings.units}
        today={today}
        submitLabel={isNew ? 'Add patient' : 'Save changes'}
        onSave={handleSave}
        onCancel={handleCancel}
      />
      {conflictDialog}
    </div>
  )
}
