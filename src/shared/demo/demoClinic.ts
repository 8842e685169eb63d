import { shiftDays, startOfLocalDay, toIsoDate } from '../dates'
import { DEMO_CLINIC_MEASURES } from './measures'
import type { Side } from '../domain/common'
import { injuryLabel, type RunningInjuryCode } from '../domain/injuries'
import { emptyPatientInput, type Patient, type PatientInput } from '../domain/patient'
import type { Race, RaceDistance, RacePriority } from '../domain/race'
import { SCREENING_KEYS, screeningRecordFrom, type ScreeningKey } from '../domain/screening'
import type { AdverseEvent, Session, TherapistRef } from '../domain/session'
import { defaultSettings, type Settings } from '../domain/settings'
import { buildPatientRecord } from '../domain/patient'
import { seededRandom } from './random'
import { planSessions } from './treatments'

/** A whole clinic's records, ready to be written in one transaction. */
export type ClinicData = {
  settings: Settings
  patients: Patient[]
  races: Race[]
  sessions: Session[]
}

export const DEMO_THERAPISTS = [
  { id: 'demo-t-1', name: 'Maya Chen', credentials: 'DPT, Cert. DN', isActive: true },
  { id: 'demo-t-2', name: 'Sam Okafor', credentials: 'PT, Cert. DN', isActive: true }
] as const

type DemoRace = {
  name: string
  inDays: number
  distance: RaceDistance['kind']
  priority: RacePriority
  goal?: string
  result?: string
  notes?: string
}

type DemoRunner = {
  first: string
  last: string
  born: string
  sex: PatientInput['sex']
  phone: string
  weeklyKm: number
  years: number
  dominant: 'left' | 'right'
  injury: RunningInjuryCode | null
  diagnosisLabel?: string
  muscles?: readonly string[]
  side: Side
  flags?: ScreeningKey[]
  notes?: string
  sessions: number
  lastDaysAgo: number
  interval: [number, number]
  pain: [number, number]
  next?: [number, number, number]
  /** Adverse events of the runner's latest session, so recent ones show in the demo. */
  lastSessionEvents?: AdverseEvent[]
  races: DemoRace[]
}

const KM: RaceDistance = { kind: '5k', value: null, unit: null }
const dist = (kind: RaceDistance['kind']): RaceDistance => ({ ...KM, kind })
const hms = (t: string): number => {
  const [h, m, s] = t.split(':').map(Number)
  return h! * 3600 + m! * 60 + s!
}

/** Twelve runners with a season each, laid out around today so the demo is always current. */
const RUNNERS: readonly DemoRunner[] = [
  {
    first: 'Zoë',
    last: 'Martin',
    born: '1991-04-12',
    sex: 'female',
    phone: '+1 503 555 0141',
    weeklyKm: 70,
    years: 9,
    dominant: 'right',
    injury: 'itbs',
    side: 'left',
    sessions: 9,
    lastDaysAgo: 3,
    interval: [7, 10],
    pain: [7, 2],
    next: [0, 15, 30],
    notes: 'Building to a spring marathon PB. Prefers morning appointments.',
    races: [
      {
        name: 'Riverfront Half Marathon',
        inDays: -70,
        distance: 'half',
        priority: 'B',
        goal: '1:34:00',
        result: '1:35:12'
      },
      {
        name: 'Portland Marathon',
        inDays: 9,
        distance: 'marathon',
        priority: 'A',
        goal: '3:19:00',
        notes: 'Goal: sub 3:20'
      },
      { name: 'Riverside 10K', inDays: 48, distance: '10k', priority: 'C' }
    ]
  },
  {
    first: 'José',
    last: 'Núñez',
    born: '1985-09-30',
    sex: 'male',
    phone: '+1 503 555 0177',
    weeklyKm: 55,
    years: 14,
    dominant: 'right',
    injury: 'achilles',
    side: 'right',
    flags: ['anticoagulants'],
    sessions: 16,
    lastDaysAgo: 6,
    interval: [8, 12],
    pain: [6, 2],
    lastSessionEvents: [
      {
        category: 'bruising',
        severity: 'mild',
        note: 'Bruise at a soleus insertion point; on apixaban, firm pressure held for 2 minutes'
      }
    ],
    next: [1, 9, 0],
    notes: 'Takes apixaban for AF: firm pressure after each needle.',
    races: [
      {
        name: 'Hood to Coast Relay leg',
        inDays: -120,
        distance: 'custom',
        priority: 'C',
        notes: 'Leg 12, 9.2 km'
      },
      {
        name: 'Cascade Half Marathon',
        inDays: 25,
        distance: 'half',
        priority: 'A',
        goal: '1:42:00'
      }
    ]
  },
  {
    first: 'Siobhán',
    last: "O'Connor",
    born: '1998-01-22',
    sex: 'female',
    phone: '+1 971 555 0102',
    weeklyKm: 45,
    years: 5,
    dominant: 'left',
    injury: 'plantar',
    side: 'left',
    sessions: 6,
    lastDaysAgo: 1,
    interval: [6, 9],
    pain: [6, 3],
    next: [4, 11, 15],
    races: [
      { name: 'Bridge City 10K', inDays: 2, distance: '10k', priority: 'B', goal: '0:44:30' },
      {
        name: 'Willamette Valley Half',
        inDays: 62,
        distance: 'half',
        priority: 'A',
        goal: '1:39:00'
      }
    ]
  },
  {
    first: 'Björn',
    last: 'Lindqvist',
    born: '1974-06-05',
    sex: 'male',
    phone: '+1 503 555 0190',
    weeklyKm: 80,
    years: 22,
    dominant: 'right',
    injury: 'calf-strain',
    side: 'right',
    flags: ['diabetes'],
    sessions: 7,
    lastDaysAgo: 4,
    interval: [7, 8],
    pain: [7, 2],
    next: [0, 17, 0],
    notes: 'Type 2 diabetes, well controlled. Check skin at needle sites.',
    races: [
      { name: 'Silver Falls 50K', inDays: 56, distance: '50k', priority: 'A', goal: '5:30:00' }
    ]
  },
  {
    first: 'Chloé',
    last: 'Dubois',
    born: '2003-11-14',
    sex: 'female',
    phone: '+1 971 555 0155',
    weeklyKm: 50,
    years: 6,
    dominant: 'right',
    injury: 'mtss',
    side: 'bilateral',
    sessions: 5,
    lastDaysAgo: 8,
    interval: [7, 9],
    pain: [5, 2],
    next: [2, 16, 0],
    races: [
      { name: 'Parkrun Laurelhurst', inDays: 12, distance: '5k', priority: 'C' },
      { name: 'Eugene Half Marathon', inDays: 70, distance: 'half', priority: 'A', goal: '1:29:00' }
    ]
  },
  {
    first: 'Aiko',
    last: 'Tanaka',
    born: '1981-03-03',
    sex: 'female',
    phone: '+1 503 555 0123',
    weeklyKm: 65,
    years: 12,
    dominant: 'right',
    injury: 'hamstring-tendinopathy',
    side: 'left',
    sessions: 14,
    lastDaysAgo: 10,
    interval: [9, 14],
    pain: [7, 3],
    next: [3, 10, 30],
    races: [
      {
        name: 'Boston Marathon',
        inDays: -150,
        distance: 'marathon',
        priority: 'A',
        goal: '3:30:00',
        result: '3:34:41'
      },
      { name: 'Classic 10K', inDays: 35, distance: '10k', priority: 'B', goal: '0:46:00' }
    ]
  },
  {
    first: 'Mateus',
    last: 'Gonçalves',
    born: '1994-08-19',
    sex: 'male',
    phone: '+1 971 555 0166',
    weeklyKm: 40,
    years: 3,
    dominant: 'left',
    injury: 'pfp',
    side: 'right',
    sessions: 8,
    lastDaysAgo: 5,
    interval: [7, 11],
    pain: [6, 3],
    next: [5, 8, 30],
    races: [
      { name: 'Shamrock Run Half', inDays: 18, distance: 'half', priority: 'B', goal: '1:50:00' }
    ]
  },
  {
    first: 'Priya',
    last: 'Raman',
    born: '1987-12-01',
    sex: 'female',
    phone: '+1 503 555 0188',
    weeklyKm: 60,
    years: 8,
    dominant: 'right',
    injury: 'gluteal-tendinopathy',
    side: 'right',
    flags: ['implantedDevice'],
    sessions: 11,
    lastDaysAgo: 13,
    interval: [10, 14],
    pain: [6, 2],
    next: [1, 12, 0],
    notes: 'Pacemaker: no electrical stimulation.',
    races: [
      {
        name: 'Seaside Marathon',
        inDays: -40,
        distance: 'marathon',
        priority: 'B',
        result: '3:58:20'
      },
      {
        name: 'California International Marathon',
        inDays: 91,
        distance: 'marathon',
        priority: 'A',
        goal: '3:39:00'
      }
    ]
  },
  {
    first: 'Liam',
    last: 'Walsh',
    born: '2000-02-28',
    sex: 'male',
    phone: '+1 971 555 0111',
    weeklyKm: 35,
    years: 2,
    dominant: 'right',
    injury: 'hip-flexor-strain',
    side: 'left',
    sessions: 4,
    lastDaysAgo: 2,
    interval: [5, 8],
    pain: [5, 2],
    races: [{ name: 'Waterfront 5K', inDays: 4, distance: '5k', priority: 'C' }]
  },
  {
    first: 'Fatima',
    last: 'Haddad',
    born: '1989-07-09',
    sex: 'female',
    phone: '+1 503 555 0134',
    weeklyKm: 42,
    years: 6,
    dominant: 'right',
    injury: 'low-back-pain',
    side: 'bilateral',
    flags: ['needlePhobia'],
    sessions: 10,
    lastDaysAgo: 17,
    interval: [7, 10],
    pain: [6, 3],
    notes: 'Nervous of needles: talk her through each insertion, lie her down first.',
    races: [
      { name: 'Vancouver Lake Half', inDays: 23, distance: 'half', priority: 'A', goal: '2:05:00' }
    ]
  },
  {
    first: 'Eleni',
    last: 'Papadopoulou',
    born: '1968-10-17',
    sex: 'female',
    phone: '+1 971 555 0149',
    weeklyKm: 30,
    years: 15,
    dominant: 'right',
    injury: null,
    diagnosisLabel: 'Neck and upper-back pain from arm carriage',
    muscles: ['upper-trapezius', 'rhomboids', 'erector-spinae'],
    side: 'right',
    sessions: 6,
    lastDaysAgo: 9,
    interval: [8, 12],
    pain: [6, 2],
    next: [6, 9, 30],
    races: [
      { name: 'Women’s Run 10K', inDays: 21, distance: '10k', priority: 'B', goal: '0:58:00' }
    ]
  },
  {
    first: 'Tomás',
    last: 'Ruiz',
    born: '1979-05-26',
    sex: 'male',
    phone: '+1 503 555 0199',
    weeklyKm: 75,
    years: 18,
    dominant: 'left',
    injury: 'itbs',
    side: 'right',
    sessions: 12,
    lastDaysAgo: 16,
    interval: [10, 16],
    pain: [7, 1],
    races: [
      {
        name: 'Columbia Gorge Marathon',
        inDays: -95,
        distance: 'marathon',
        priority: 'A',
        goal: '3:05:00',
        result: '3:07:55'
      },
      { name: 'Lakeside 10K', inDays: 35, distance: '10k', priority: 'C' }
    ]
  }
]

export const DEMO_SEED = 20261127

/** The demo clinic as it stands on `now`: the same `now` gives the same clinic. */
export function generateDemoClinic(now: Date): ClinicData {
  const rng = seededRandom(DEMO_SEED)
  const today = startOfLocalDay(now)
  const therapists: TherapistRef[] = DEMO_THERAPISTS.map(({ id, name }) => ({ id, name }))
  const settings: Settings = {
    ...defaultSettings(),
    isSetUp: true,
    clinic: {
      name: 'Riverside Running Physio',
      address: '1200 SE Water Ave, Suite 4\nPortland, OR 97214',
      phone: '+1 503 555 0100',
      email: 'hello@riversiderunning.example',
      logoDataUrl: null
    },
    therapists: DEMO_THERAPISTS.map((t) => ({ ...t })),
    defaultTherapistId: DEMO_THERAPISTS[0].id,
    ownerId: DEMO_THERAPISTS[0].id,
    measures: DEMO_CLINIC_MEASURES.map((m) => ({ ...m })),
    updatedAt: now.toISOString()
  }

  const patients: Patient[] = []
  const races: Race[] = []
  const sessions: Session[] = []

  RUNNERS.forEach((runner, index) => {
    const n = String(index + 1).padStart(2, '0')
    const patientId = `demo-p-${n}`
    const firstSessionDaysAgo = runner.lastDaysAgo + runner.sessions * runner.interval[1]
    const consentDate = toIsoDate(shiftDays(today, -firstSessionDaysAgo - 1))
    const label =
      runner.diagnosisLabel ?? (runner.injury ? injuryLabel(runner.injury) : 'Running-related pain')
    const answers = Object.fromEntries(
      SCREENING_KEYS.map((key) => [
        key,
        (runner.flags ?? []).includes(key) ||
          (key === 'lungFieldNeedling' && runner.muscles?.includes('upper-trapezius') === true)
      ])
    )
    const input: PatientInput = {
      ...emptyPatientInput(),
      firstName: runner.first,
      lastName: runner.last,
      dateOfBirth: runner.born,
      sex: runner.sex,
      phone: runner.phone,
      email: `${runner.first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${runner.last
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}@example.com`,
      running: {
        weeklyKm: runner.weeklyKm,
        yearsRunning: runner.years,
        usualDistances: ['10k', 'half', 'marathon'],
        dominantSide: runner.dominant
      },
      diagnoses: [{ code: runner.injury, label, side: runner.side, since: consentDate }],
      injuryHistory: index % 3 === 0 ? 'Previous stress reaction, left 2nd metatarsal (2019).' : '',
      notes: runner.notes ?? '',
      screening: { answers, reviewedOn: consentDate, notes: '' },
      consent: { isOnFile: true, date: consentDate, isWritten: true }
    }
    const created = shiftDays(today, -firstSessionDaysAgo - 1)
    const createdIso = created.toISOString()
    const patient = buildPatientRecord(input, patientId, created)

    const patientRaces: Race[] = runner.races.map((r, i) => ({
      id: `${patientId}-r-${i + 1}`,
      patientId,
      name: r.name,
      date: toIsoDate(shiftDays(today, r.inDays)),
      distance:
        r.distance === 'custom' ? { kind: 'custom', value: 9.2, unit: 'km' } : dist(r.distance),
      priority: r.priority,
      goalSeconds: r.goal ? hms(r.goal) : null,
      resultSeconds: r.result ? hms(r.result) : null,
      notes: r.notes ?? '',
      createdAt: createdIso,
      updatedAt: createdIso
    }))

    const patientSessions = planSessions(
      {
        patientId,
        idPrefix: `demo-s-${n}`,
        diagnosis: { code: runner.injury, label, side: runner.side },
        ...(runner.muscles ? { muscles: runner.muscles } : {}),
        count: runner.sessions,
        lastDaysAgo: runner.lastDaysAgo,
        intervalDays: runner.interval,
        baselinePain: runner.pain[0],
        targetPain: runner.pain[1],
        therapists: index % 4 === 3 ? [...therapists].reverse() : therapists,
        screeningFlags: Object.entries(answers)
          .filter(([, v]) => v)
          .map(([k]) => k as ScreeningKey),
        screening: screeningRecordFrom(answers, consentDate),
        consentDate,
        raceDays: patientRaces.map((r) => r.date),
        ...(runner.next
          ? {
              nextAppointment: {
                daysFromToday: runner.next[0],
                hour: runner.next[1],
                minute: runner.next[2]
              }
            }
          : {}),
        today: now
      },
      rng
    )
    const last = patientSessions[patientSessions.length - 1]
    if (last && runner.lastSessionEvents) last.adverseEvents = [...runner.lastSessionEvents]
    patients.push({
      ...patient,
      lastSessionAt: last?.date ?? null,
      recentAt: last?.date ?? patient.recentAt
    })
    races.push(...patientRaces)
    sessions.push(...patientSessions)
  })

  return { settings, patients, races, sessions }
}
