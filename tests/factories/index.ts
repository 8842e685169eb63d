import { emptyPatientInput, type PatientInput } from '@shared/domain/patient'
import type { RaceInput } from '@shared/domain/race'
import { emptySessionInput, type NeedledMuscle, type SessionInput } from '@shared/domain/session'

export function buildPatientInput(overrides: Partial<PatientInput> = {}): PatientInput {
  return {
    ...emptyPatientInput(),
    firstName: 'Zoë',
    lastName: 'Martin',
    dateOfBirth: '1991-04-12',
    sex: 'female',
    ...overrides
  }
}

export function buildRaceInput(overrides: Partial<RaceInput> = {}): RaceInput {
  return {
    name: 'Portland Marathon',
    date: '2026-10-04',
    distance: { kind: 'marathon', value: null, unit: null },
    priority: 'A',
    goalSeconds: 3 * 3600 + 19 * 60,
    resultSeconds: null,
    notes: '',
    ...overrides
  }
}

export function buildNeedledMuscle(overrides: Partial<NeedledMuscle> = {}): NeedledMuscle {
  return {
    muscleId: 'soleus',
    side: 'left',
    points: [{ view: 'back', x: 40.5, y: 185 }],
    needleCount: 2,
    insertions: 8,
    needleSize: { diameterMm: 0.25, lengthMm: 30 },
    technique: 'pistoning',
    estim: null,
    dwellSeconds: 30,
    twitchCount: 2,
    painDuring: 5,
    tightnessBefore: null,
    tightnessAfter: null,
    ...overrides
  }
}

export function buildSessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    ...emptySessionInput('2026-03-16T09:30', { id: 't-1', name: 'Maya Chen' }),
    diagnosis: 'Achilles tendinopathy',
    diagnosisCode: 'achilles',
    consent: { isGiven: true, date: '2026-01-10', isWritten: true },
    painBefore: 6,
    painAfter: 3,
    muscles: [buildNeedledMuscle()],
    ...overrides
  }
}
