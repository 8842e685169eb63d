import { describe, expect, it } from 'vitest'
import { patientSchema } from '../domain/patient'
import { raceSchema } from '../domain/race'
import { sessionSchema } from '../domain/session'
import { settingsSchema } from '../domain/settings'
import { generateDemoClinic } from './demoClinic'
import {
  longHistoryPatientId,
  syntheticClinicBatches
} from '../../../tests/bench/harness/syntheticClinic'

const NOW = new Date('2026-03-16T09:00:00')

describe('demo clinic', () => {
  const clinic = generateDemoClinic(NOW)

  it('is the same clinic every time for the same day', () => {
    expect(generateDemoClinic(NOW)).toEqual(clinic)
  })

  it('holds twelve runners with races and months of sessions', () => {
    expect(clinic.patients).toHaveLength(12)
    expect(new Set(clinic.races.map((r) => r.patientId)).size).toBe(12)
    expect(clinic.sessions.length).toBeGreaterThan(90)
    const first = clinic.sessions.reduce((min, s) => (s.date < min ? s.date : min), '9999')
    expect(first < '2025-12-16').toBe(true)
    expect(clinic.sessions.every((s) => s.date < '2026-03-16T09:00')).toBe(true)
  })

  it('writes only rows the schemas accept', () => {
    expect(settingsSchema.safeParse(clinic.settings).success).toBe(true)
    for (const p of clinic.patients) expect(patientSchema.safeParse(p).error).toBeUndefined()
    for (const r of clinic.races) expect(raceSchema.safeParse(r).error).toBeUndefined()
    for (const s of clinic.sessions) expect(sessionSchema.safeParse(s).error).toBeUndefined()
  })

  it('keeps each patient’s last-seen in step with their sessions', () => {
    for (const p of clinic.patients) {
      const last = clinic.sessions
        .filter((s) => s.patientId === p.id)
        .map((s) => s.date)
        .sort()
        .at(-1)
      expect(p.lastSessionAt).toBe(last)
    }
  })

  it('never plans electrical stimulation for a patient with an implanted device', () => {
    const withDevice = clinic.patients
      .filter((p) => p.screening.answers.implantedDevice)
      .map((p) => p.id)
    expect(withDevice).toHaveLength(1)
    const techniques = clinic.sessions
      .filter((s) => withDevice.includes(s.patientId))
      .flatMap((s) => s.muscles.map((m) => m.technique))
    expect(techniques).not.toContain('electrical')
  })
})

describe('synthetic benchmark clinic', () => {
  it('produces exactly the requested counts, with the long histories', () => {
    let patients = 0
    let sessions = 0
    const perPatient = new Map<string, number>()
    for (const batch of syntheticClinicBatches({
      patients: 300,
      sessions: 2500,
      longHistories: [200, 1000],
      now: NOW,
      batchSize: 100
    })) {
      patients += batch.patients.length
      sessions += batch.sessions.length
      for (const s of batch.sessions)
        perPatient.set(s.patientId, (perPatient.get(s.patientId) ?? 0) + 1)
    }
    expect(patients).toBe(300)
    expect(sessions).toBe(2500)
    expect(perPatient.get(longHistoryPatientId(200))).toBe(200)
    expect(perPatient.get(longHistoryPatientId(1000))).toBe(1000)
  })
})
