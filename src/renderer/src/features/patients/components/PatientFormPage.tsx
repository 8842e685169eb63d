import { toIsoDate } from '@shared/dates'
import { fullName, type PatientInput } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Link, navigate } from '@renderer/lib/router'
import { PageHeader } from '@renderer/components/PageHeader'
import { fieldErrorsOf } from '@renderer/lib/writes'
import { useNow } from '@renderer/lib/clock'
import { usePatient } from '../hooks/usePatients'
import { usePatientWrites } from '../hooks/usePatientWrites'
import { PatientForm } from './PatientForm'
import { NotFound } from '@renderer/components/NotFound'

export type PatientFormPageProps = {
  /** The patient to edit; absent for a new patient. */
  patientId?: string
  settings: Settings
}

/** New patient, or changes to one: saved whole or not at all, then back to the patient. */
export function PatientFormPage({ patientId, settings }: PatientFormPageProps) {
  const existing = usePatient(patientId ?? '')
  const writes = usePatientWrites()
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

  const handleSave = async (input: PatientInput): Promise<Record<string, string> | null> => {
    const result = isNew ? await writes.create(input) : await writes.update(patientId, input)
    if (!result.ok) return fieldErrorsOf(result)
    // Replace the form in history: Back from the patient should not reopen a finished form.
    navigate({ name: 'patient', patientId: result.value.id, tab: 'overview' }, { replace: true })
    return null
  }

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
    </div>
  )
}
