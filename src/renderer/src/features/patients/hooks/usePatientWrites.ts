import { useMemo } from 'react'
import { fullName, type Patient, type PatientInput } from '@shared/domain/patient'
import { useRepositories } from '@renderer/lib/data'
import { useRunWrite } from '@renderer/lib/writes'

/** Every change to a patient record, each saying how it went (see lib/writes). */
export function usePatientWrites() {
  const { patients } = useRepositories()
  const run = useRunWrite()
  return useMemo(
    () => ({
      create: (input: PatientInput) =>
        run(patients.create(input), { success: (p) => `${fullName(p)} added` }),
      /** Refused as a conflict when the record changed since `expectedUpdatedAt`. */
      update: (id: string, input: PatientInput, expectedUpdatedAt?: string) =>
        run(
          patients.update(id, input, expectedUpdatedAt === undefined ? {} : { expectedUpdatedAt }),
          { success: 'Changes saved' }
        ),
      archive: (patient: Patient) =>
        run(patients.archive(patient.id), {
          success: `${fullName(patient)} archived: hidden from the list`
        }),
      unarchive: (patient: Patient) =>
        run(patients.unarchive(patient.id), {
          success: `${fullName(patient)} restored from the archive`
        }),
      moveToTrash: (patient: Patient) =>
        run(patients.moveToTrash(patient.id), {
          success: `${fullName(patient)} moved to the trash`
        }),
      restoreFromTrash: (patient: Patient) =>
        run(patients.restoreFromTrash(patient.id), {
          success: `${fullName(patient)} is back in the patient list`
        }),
      purge: (patient: Patient) =>
        run(patients.purge(patient.id), {
          success: `${fullName(patient)} was deleted for good`
        })
    }),
    [patients, run]
  )
}
