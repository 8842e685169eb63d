import { describe, expect, it } from 'vitest'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { DEFAULT_SHEET_TEXTS } from '@shared/domain/sheet/texts'
import {
  buildNeedledMuscle,
  buildRaceInput,
  buildSessionInput
} from '../../../../../../tests/factories'
import { buildSheet, listLines, type SheetSource } from './buildSheet'

const session = (overrides: Partial<Session> = {}): Session => ({
  ...buildSessionInput({
    date: '2026-03-13T13:00',
    muscles: [
      buildNeedledMuscle({ muscleId: 'vastus-lateralis', side: 'left' }),
      buildNeedledMuscle({ muscleId: 'gluteus-medius', side: 'bilateral', points: [] })
    ],
    painBefore: 7,
    painAfter: 2,
    advice: ['gentle-movement', 'heat', 'avoid-hard-sessions'],
    homeExercises: '- Side-lying hip abduction, 3 × 15\n\n• Single-leg squat, 3 × 10\n',
    nextAppointment: '2026-03-16T15:30'
  }),
  id: 's-1',
  patientId: 'p-1',
  status: 'final',
  finalizedAt: null,
  finalizedBy: null,
  amendments: [],
  followUps: [],
  handouts: [],
  enteredBy: null,
  createdAt: '2026-03-13T13:00:00.000Z',
  updatedAt: '2026-03-13T13:40:00.000Z',
  ...overrides
})

const race = (overrides: Partial<Race>): Race => ({
  ...buildRaceInput(),
  id: 'r-1',
  patientId: 'p-1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides
})

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  clinic: {
    name: 'Riverside Running Physio',
    address: '1200 SE Water Ave, Suite 4\nPortland, OR 97214',
    phone: '+1 503 555 0100',
    email: 'hello@riverside.example',
    logoDataUrl: null
  },
  ...overrides
})

const source = (overrides: Partial<SheetSource> = {}): SheetSource => ({
  session: session(),
  patient: { firstName: 'Zoë', lastName: 'Martin' },
  races: [],
  settings: settings(),
  ...overrides
})

describe('the take-home sheet', () => {
  it('names the patient, the day, the therapist and greets the patient by first name', () => {
    const sheet = buildSheet(source())
    expect(sheet.patientName).toBe('Zoë Martin')
    expect(sheet.sessionDate).toBe('Friday 13 March 2026')
    expect(sheet.therapist).toBe('Maya Chen')
    expect(sheet.intro).toMatch(/^Thank you for coming in today, Zoë\./)
    expect(sheet.clinic.addressLines).toEqual(['1200 SE Water Ave, Suite 4', 'Portland, OR 97214'])
  })

  it('says what was treated in plain words with the side, and colours each muscle’s points', () => {
    const sheet = buildSheet(source())
    expect(sheet.muscles.map((m) => [m.plain, m.name, m.side])).toEqual([
      ['Outer thigh (quadriceps)', 'Vastus lateralis', 'left side'],
      ['Side of the hip', 'Gluteus medius', 'both sides']
    ])
    expect(sheet.muscles[0]!.points).toEqual([
      {
        view: 'back',
        x: 40.5,
        y: 185,
        color: sheet.muscles[0]!.color,
        label: 'Vastus lateralis, left side'
      }
    ])
    expect(sheet.muscles[0]!.color).not.toBe(sheet.muscles[1]!.color)
  })

  it('carries pain before and after, and leaves the pain out when neither was recorded', () => {
    expect(buildSheet(source()).pain).toEqual({ before: 7, after: 2 })
    const noPain = session({ painBefore: null, painAfter: null })
    expect(buildSheet(source({ session: noPain })).pain).toBeNull()
  })

  it('lists only the ticked advice, split into what helps and what to avoid', () => {
    const sheet = buildSheet(source())
    expect(sheet.helps).toEqual([
      DEFAULT_SHEET_TEXTS.advice['gentle-movement'],
      DEFAULT_SHEET_TEXTS.advice.heat
    ])
    expect(sheet.avoid).toEqual([DEFAULT_SHEET_TEXTS.advice['avoid-hard-sessions']])
  })

  it('tells what to expect: soreness like a hard workout for 24–48 hours, gone by about 72', () => {
    const sheet = buildSheet(source())
    expect(sheet.whatToExpect).toContain('like after a hard workout')
    expect(sheet.whatToExpect).toContain('24–48 hours')
    expect(sheet.whatToExpect).toContain('about 72 hours')
  })

  it('ties the advice to a race inside the clinic’s window before it', () => {
    const marathon = race({ name: 'Portland Marathon', date: '2026-03-20', priority: 'A' })
    const sheet = buildSheet(source({ races: [marathon] }))
    expect(sheet.race).toEqual({
      text: "Your next race, the Portland Marathon, is in 7 days: keep this week's running easy.",
      name: 'Portland Marathon',
      date: '20 Mar 2026',
      isInWindow: true
    })
  })

  it('names a race beyond the window without the window advice, and follows the clinic’s window', () => {
    const marathon = race({ name: 'Portland Marathon', date: '2026-03-25', priority: 'A' })
    const outside = buildSheet(source({ races: [marathon] })).race
    expect(outside?.isInWindow).toBe(false)
    expect(outside?.text).toBe(
      'Your next race, the Portland Marathon, is in 12 days (25 Mar 2026). Tell us if your race plans change.'
    )
    const wider = settings({ raceWindow: { anyRaceHours: 72, aRaceDays: 14 } })
    const inside = buildSheet(source({ races: [marathon], settings: wider })).race
    expect(inside?.isInWindow).toBe(true)
    expect(inside?.text).toBe(
      "Your next race, the Portland Marathon, is in 12 days: keep this week's running easy."
    )
  })

  it('picks the next race from the session’s day, skipping past races, and none when none is ahead', () => {
    const past = race({ id: 'r-0', name: 'Winter 10K', date: '2026-02-01', priority: 'B' })
    const later = race({ id: 'r-2', name: 'Autumn Half', date: '2026-09-20', priority: 'B' })
    const soon = race({ id: 'r-3', name: 'Spring 5K', date: '2026-04-12', priority: 'C' })
    expect(buildSheet(source({ races: [later, past, soon] })).race?.name).toBe('Spring 5K')
    expect(buildSheet(source({ races: [past] })).race).toBeNull()
  })

  it('says "tomorrow" and "today" for a race that close', () => {
    const tomorrow = race({ name: 'Bridge City 10K', date: '2026-03-14', priority: 'B' })
    expect(buildSheet(source({ races: [tomorrow] })).race?.text).toBe(
      "Your next race, the Bridge City 10K, is tomorrow: keep this week's running easy."
    )
    const today = race({ name: 'Bridge City 10K', date: '2026-03-13', priority: 'B' })
    expect(buildSheet(source({ races: [today] })).race?.text).toContain('is today')
  })

  it('prints the chest warning when a muscle over the lung fields was needled, and only then', () => {
    expect(buildSheet(source()).warnings.chest).toBeNull()
    expect(buildSheet(source()).hasLungFieldMuscle).toBe(false)
    for (const muscleId of ['upper-trapezius', 'rhomboids', 'intercostals']) {
      const withLungField = session({
        muscles: [
          buildNeedledMuscle({ muscleId: 'erector-spinae' }),
          buildNeedledMuscle({ muscleId })
        ]
      })
      const sheet = buildSheet(source({ session: withLungField }))
      expect(sheet.warnings.chest).toBe(DEFAULT_SHEET_TEXTS.chestWarning)
      expect(sheet.hasLungFieldMuscle).toBe(true)
    }
  })

  it('always lists the warning signs and how to act on them with the clinic’s phone', () => {
    const { warnings } = buildSheet(source())
    expect(warnings.signs).toEqual([
      'Spreading redness, heat or fever at a needle site',
      'Bleeding that will not stop',
      'Numbness or weakness that persists'
    ])
    expect(warnings.action).toBe(
      'Call us on +1 503 555 0100 if you notice any of these. If you cannot reach us, get urgent medical care.'
    )
  })

  it('leaves out what cannot be said without the clinic’s phone number', () => {
    const noPhone = settings()
    noPhone.clinic = { ...noPhone.clinic, phone: '' }
    const sheet = buildSheet(source({ settings: noPhone }))
    expect(sheet.warnings.action).toBe('If you cannot reach us, get urgent medical care.')
    expect(sheet.contact).toBe('Questions about your treatment?')
  })

  it('never prints blank safety texts, even when the stored ones are empty', () => {
    const blank = settings({
      sheet: { ...DEFAULT_SHEET_TEXTS, warningSigns: ' \n ', chestWarning: '' }
    })
    const lungField = session({ muscles: [buildNeedledMuscle({ muscleId: 'rhomboids' })] })
    const sheet = buildSheet(source({ session: lungField, settings: blank }))
    expect(sheet.warnings.signs).toHaveLength(3)
    expect(sheet.warnings.chest).toBe(DEFAULT_SHEET_TEXTS.chestWarning)
  })

  it('uses the clinic’s own texts with their placeholders filled, dropping unknown ones', () => {
    const own = settings({
      sheet: {
        ...DEFAULT_SHEET_TEXTS,
        intro: 'Well done today, {firstName} {lastName} ({sessionDate}, with {therapist}).',
        advice: { ...DEFAULT_SHEET_TEXTS.advice, heat: 'A warm bath tonight, {firstName}{oops}.' },
        contact: 'Ring {clinicName} on {clinicPhone} or write to {clinicEmail}.'
      }
    })
    const sheet = buildSheet(source({ settings: own }))
    expect(sheet.intro).toBe('Well done today, Zoë Martin (13 Mar 2026, with Maya Chen).')
    expect(sheet.helps[1]).toBe('A warm bath tonight, Zoë.')
    expect(sheet.contact).toBe(
      'Ring Riverside Running Physio on +1 503 555 0100 or write to hello@riverside.example.'
    )
  })

  it('drops advice the clinic blanked', () => {
    const own = settings({
      sheet: { ...DEFAULT_SHEET_TEXTS, advice: { ...DEFAULT_SHEET_TEXTS.advice, heat: '' } }
    })
    expect(buildSheet(source({ settings: own })).helps).toEqual([
      DEFAULT_SHEET_TEXTS.advice['gentle-movement']
    ])
  })

  it('lists the home exercises one per line, without typed bullets or blank lines', () => {
    expect(buildSheet(source()).homeExercises).toEqual([
      'Side-lying hip abduction, 3 × 15',
      'Single-leg squat, 3 × 10'
    ])
    expect(buildSheet(source({ session: session({ homeExercises: '' }) })).homeExercises).toEqual(
      []
    )
  })

  it('gives the next appointment as a day and a time, or none', () => {
    expect(buildSheet(source()).nextAppointment).toBe('Monday 16 March 2026 at 15:30')
    const none = session({ nextAppointment: null })
    expect(buildSheet(source({ session: none })).nextAppointment).toBeNull()
  })
})

describe('list lines', () => {
  it('keeps numbers that are part of the text and strips numbering', () => {
    expect(listLines('1. Heel raises\n2) Calf stretch\n10 minutes easy cycling')).toEqual([
      'Heel raises',
      'Calf stretch',
      '10 minutes easy cycling'
    ])
  })
})
