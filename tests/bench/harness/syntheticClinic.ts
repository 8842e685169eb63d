import { shiftDays, startOfLocalDay, toIsoDate } from '@shared/dates'
import { demoVisitMeasures } from '../../../src/shared/demo/measures'
import { RUNNING_INJURIES } from '@shared/domain/injuries'
import { emptyPatientInput, type Patient } from '@shared/domain/patient'
import { RACE_DISTANCE_KINDS, type Race } from '@shared/domain/race'
import type { Session, TherapistRef } from '@shared/domain/session'
import type { Side } from '@shared/domain/common'
import { buildPatientRecord } from '@shared/domain/patient'
import { DEMO_THERAPISTS } from '../../../src/shared/demo/demoClinic'
import { seededRandom } from '../../../src/shared/demo/random'
import { planSessions } from '../../../src/shared/demo/treatments'

const FIRST = [
  'Zoë',
  'José',
  'Siobhán',
  'Björn',
  'Chloé',
  'Aiko',
  'Mateus',
  'Priya',
  'Liam',
  'Fatima',
  'Eleni',
  'Tomás',
  'Anna',
  'Lukas',
  'Sofía',
  'Noah',
  'Amélie',
  'Kenji',
  'Ingrid',
  'Rafael',
  'Hannah',
  'Omar',
  'Léa',
  'Jonas',
  'Maria',
  'Ethan',
  'Nadia',
  'Søren',
  'Emma',
  'Diego',
  'Freya',
  'Yusuf',
  'Clara',
  'Mikael',
  'Ava',
  'Pablo',
  'Isla',
  'Jakub',
  'Mei',
  'Oscar'
]
const LAST = [
  'Martin',
  'Núñez',
  "O'Connor",
  'Lindqvist',
  'Dubois',
  'Tanaka',
  'Gonçalves',
  'Raman',
  'Walsh',
  'Haddad',
  'Papadopoulou',
  'Ruiz',
  'Müller',
  'García',
  'Smith',
  'Nowak',
  'Jensen',
  'Rossi',
  'Kowalski',
  'Ødegård',
  'Schmidt',
  'Fernández',
  'Brown',
  'Nakamura',
  'Johansson',
  'Moreau',
  'Kim',
  'Silva',
  'Novák',
  'Eriksen',
  'Byrne',
  'Costa',
  'Yilmaz',
  'Larsen',
  'Bauer',
  'Dupont',
  'Patel',
  'Ivanova',
  'Horvat',
  'Andersson'
]
const RACE_NAMES = [
  'City Marathon',
  'Harbour Half',
  'Park 5K',
  'River 10K',
  'Trail 50K',
  'Spring Half',
  'Autumn 10K',
  'Midnight 5K'
]

/** Measures at each visit of the 200-visit patient. */
export const MEASURES_PER_VISIT = 8

export type SyntheticOptions = {
  patients: number
  sessions: number
  /** Patients with long histories: one per entry, with that many sessions. */
  longHistories: readonly number[]
  now: Date
  seed?: number
  /** Patients per yielded batch. */
  batchSize?: number
}

export type ClinicBatch = { patients: Patient[]; races: Race[]; sessions: Session[] }

export const longHistoryPatientId = (sessions: number): string => `bench-long-${sessions}`

/**
 * A large clinic for benchmarks, produced in batches so it can be written in bulk without
 * holding every row in memory. Deterministic for the same options.
 */
export function* syntheticClinicBatches(options: SyntheticOptions): Generator<ClinicBatch> {
  const {
    patients: patientCount,
    sessions: sessionCount,
    longHistories,
    now,
    seed = 7,
    batchSize = 500
  } = options
  const rng = seededRandom(seed)
  const today = startOfLocalDay(now)
  const therapists: TherapistRef[] = DEMO_THERAPISTS.map(({ id, name }) => ({ id, name }))
  const regular = patientCount - longHistories.length
  const regularSessions = Math.max(0, sessionCount - longHistories.reduce((a, b) => a + b, 0))

  let batch: ClinicBatch = { patients: [], races: [], sessions: [] }
  for (let i = 0; i < patientCount; i++) {
    const longIndex = i - regular
    const isLong = longIndex >= 0
    const count = isLong
      ? longHistories[longIndex]!
      : Math.floor(((i + 1) * regularSessions) / regular) -
        Math.floor((i * regularSessions) / regular)
    const id = isLong ? longHistoryPatientId(count) : `bench-p-${String(i + 1).padStart(6, '0')}`
    const injury = rng.pick(RUNNING_INJURIES)
    const side = rng.pick<Side>(['left', 'right', 'left', 'right', 'bilateral'])
    const interval: [number, number] = count > 300 ? [1, 3] : [5, 14]
    const lastDaysAgo = rng.int(1, 120)
    const span = count * interval[1] + lastDaysAgo
    const created = shiftDays(today, -span - 2)
    const consentDate = toIsoDate(created)
    const patient = buildPatientRecord(
      {
        ...emptyPatientInput(),
        firstName: isLong ? 'Long' : rng.pick(FIRST),
        lastName: isLong
          ? `History ${count}`
          : `${rng.pick(LAST)}${i % 7 === 0 ? '-' + rng.pick(LAST) : ''}`,
        dateOfBirth: toIsoDate(shiftDays(today, -rng.int(18 * 365, 70 * 365))),
        sex: rng.pick(['female', 'male'] as const),
        diagnoses: [{ code: injury.code, label: injury.label, side, since: consentDate }],
        screening: {
          answers: { anticoagulants: rng.chance(0.05), diabetes: rng.chance(0.06) },
          reviewedOn: consentDate,
          notes: ''
        },
        consent: { isOnFile: true, date: consentDate, isWritten: true }
      },
      id,
      created
    )
    const races: Race[] = Array.from({ length: rng.int(1, 3) }, (_, r) => {
      const kind = rng.pick(RACE_DISTANCE_KINDS.filter((k) => k !== 'custom'))
      return {
        id: `${id}-r-${r + 1}`,
        patientId: id,
        name: rng.pick(RACE_NAMES),
        date: toIsoDate(shiftDays(today, rng.int(-200, 200))),
        distance: { kind, value: null, unit: null },
        priority: rng.pick(['A', 'B', 'C'] as const),
        goalSeconds: null,
        resultSeconds: null,
        notes: '',
        createdAt: created.toISOString(),
        updatedAt: created.toISOString()
      }
    })
    const sessions =
      count === 0
        ? []
        : planSessions(
            {
              patientId: id,
              idPrefix: `${id}-s`,
              diagnosis: { code: injury.code, label: injury.label, side },
              count,
              lastDaysAgo,
              intervalDays: interval,
              baselinePain: rng.int(5, 8),
              targetPain: rng.int(1, 4),
              therapists,
              screeningFlags: [],
              screening: null,
              consentDate,
              raceDays: races.map((r) => r.date),
              today: now
            },
            rng
          )
    // The 200-visit patient has eight measures at every visit (progress.render-measures); the
    // others the measures of their injury, as the demo clinic gives them.
    if (isLong && count === 200) {
      sessions.forEach((s, k) => {
        const progress = k / Math.max(1, sessions.length - 1)
        const all = (['achilles', 'pfp', 'hamstring-tendinopathy', 'mtss'] as const).flatMap(
          (code) => demoVisitMeasures(id, s.id, code, side, progress)
        )
        const unique = all.filter((v, j) => all.findIndex((w) => w.measureId === v.measureId) === j)
        s.measures = unique.slice(0, MEASURES_PER_VISIT)
      })
    }
    const last = sessions[sessions.length - 1]
    batch.patients.push(
      last ? { ...patient, lastSessionAt: last.date, recentAt: last.date } : patient
    )
    batch.races.push(...races)
    batch.sessions.push(...sessions)
    if (batch.patients.length >= batchSize) {
      yield batch
      batch = { patients: [], races: [], sessions: [] }
    }
  }
  if (batch.patients.length > 0) yield batch
}
