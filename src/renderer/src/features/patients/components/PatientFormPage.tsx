import { toIsoDate } from '@shared/dates'
import { fullName, type PatientInput } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { Link, navigate } from '../../../app/router'
import { PageHeader } from '../../../components/PageHeader'
import { useNotify } from '../../../components/Toasts'
import { useNow } from '../../../lib/clock'
import { usePatient } from '../hooks/usePatients'
import { usePatientRepository } from '../hooks/usePatientWrites'
import { PatientForm } from './PatientForm'

export type PatientFormPageProps = {
  /** The patient to edit; absent for a new patient. */
  patientId?: string
  settings: Settings
}

/** New patient, or changes to one: saved whole or not at all, then back to the patient. */
export function PatientFormPage({ patientId, settings }: PatientFormPageProps) {
  const existing = usePatient(patientId ?? '')
  const patients = usePatientRepository()
  const notify = useNotify()
  const today = toIsoDate(useNow())
  const isNew = patientId === undefined

  if (!isNew && existing === undefined) return <div className="page" aria-busy="true" />
  if (!isNew && !existing) {
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

  const handleSave = async (input: PatientInput): Promise<Record<string, string> | null> => {
    const result = isNew ? await patients.create(input) : await patients.update(patientId, input)
    if (!result.ok) {
      notify(result.error.message, { isError: true })
      return result.error.kind === 'validation' ? result.error.fields : {}
    }
    notify(isNew ? `${fullName(result.value)} added` : 'Changes saved')
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
