import { screeningRecordFrom } from '@shared/domain/screening'
import { describe, expect, it } from 'vitest'
import { emptyMuscle, newSessionForm, type MuscleForm, type SessionForm } from './formState'
import {
  checkSessionForm,
  diagnosisCodeFor,
  errorsUnder,
  inFormOrder,
  parseNumber
} from './validation'
import {
  emptyMeasureForm,
  measureFormsFrom,
  sameMeasuresAsLastTime,
  withRunningMeasures,
  type MeasureForm
} from '@renderer/components/measures/measureForm'

const MAYA = { id: 't-1', name: 'Maya Chen' }

function muscle(overrides: Partial<MuscleForm> = {}): MuscleForm {
  return {
    ...emptyMuscle(),
    muscleId: 'soleus',
    side: 'left',
    points: [{ view: 'back', x: 40.5, y: 185 }],
    needleCount: '2',
    insertions: '8',
    technique: 'pistoning',
    dwell: '30',
    twitchCount: '2',
    painDuring: 5,
    ...overrides
  }
}

function completeForm(overrides: Partial<SessionForm> = {}): SessionForm {
  return {
    ...newSessionForm({
      now: '2026-03-16T09:00',
      therapist: MAYA,
      diagnosis: 'Achilles tendinopathy',
      consentOnFile: { isOnFile: true, date: '2026-01-10', isWritten: true },
      screening: screeningRecordFrom({ anticoagulants: true }, '2026-01-10'),
      isNearRace: false
    }),
    consent: { isGiven: true, date: '2026-01-10', isWritten: true },
    painBefore: 6,
    painAfter: 3,
    muscles: [muscle()],
    ...overrides
  }
}

describe('parseNumber', () => {
  it('reads what a therapist types, decimal comma included', () => {
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('  ')).toBeNull()
    expect(parseNumber('3')).toBe(3)
    expect(parseNumber(' 3.5 ')).toBe(3.5)
    expect(parseNumber('3,5')).toBe(3.5)
    expect(parseNumber('.5')).toBe(0.5)
    expect(parseNumber('3 needles')).toBeNaN()
    expect(parseNumber('1e3')).toBeNaN()
  })
})

describe('diagnosisCodeFor', () => {
  it('recognises a running injury from the list or the patient’s own diagnoses', () => {
    expect(diagnosisCodeFor('achilles tendinopathy', [])).toBe('achilles')
    expect(diagnosisCodeFor('Left ITB pain', [{ code: 'itbs', label: 'Left ITB pain' }])).toBe(
      'itbs'
    )
    expect(diagnosisCodeFor('Sore neck', [])).toBeNull()
    expect(diagnosisCodeFor('', [])).toBeNull()
  })
})

describe('checkSessionForm', () => {
  it('turns a complete form into the session to save', () => {
    const check = checkSessionForm(
      completeForm({
        pptBefore: '3,2',
        nextAppointment: '2026-03-23T09:00',
        muscles: [muscle({ dwell: '10', dwellUnit: 'min', technique: 'static', insertions: '' })]
      }),
      []
    )
    if (!check.ok) throw new Error(JSON.stringify(check.fields))
    expect(check.input).toMatchObject({
      date: '2026-03-16T09:00',
      therapist: MAYA,
      diagnosis: 'Achilles tendinopathy',
      diagnosisCode: 'achilles',
      consent: { isGiven: true, date: '2026-01-10', isWritten: true },
      screeningFlags: ['anticoagulants'],
      pptBefore: 3.2,
      pptAfter: null,
      nextAppointment: '2026-03-23T09:00',
      advice: ['gentle-movement', 'heat', 'hydration', 'easy-running', 'avoid-hard-sessions']
    })
    expect(check.input.muscles).toEqual([
      {
        muscleId: 'soleus',
        side: 'left',
        points: [{ view: 'back', x: 40.5, y: 185 }],
        needleCount: 2,
        insertions: null,
        needleSize: { diameterMm: 0.25, lengthMm: 30 },
        technique: 'static',
        estim: null,
        dwellSeconds: 600,
        twitchCount: 2,
        painDuring: 5,
        tightnessBefore: null,
        tightnessAfter: null
      }
    ])
  })

  it('requires consent and at least one muscle for a needling session', () => {
    const check = checkSessionForm(
      completeForm({ consent: { isGiven: false, date: '', isWritten: false }, muscles: [] }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      'consent.isGiven': 'Confirm the patient consented before needling',
      muscles: 'Add at least one needled muscle'
    })
  })

  it('saves a session without needling with no muscles and no consent', () => {
    const check = checkSessionForm(
      completeForm({
        hasNeedling: false,
        consent: { isGiven: false, date: '', isWritten: false },
        muscles: [muscle({ needleCount: '' })]
      }),
      []
    )
    expect(check.ok && check.input.muscles).toEqual([])
  })

  it('says what is missing in each muscle row, at the field’s own path', () => {
    const check = checkSessionForm(
      completeForm({
        muscles: [
          muscle(),
          muscle({
            muscleId: '',
            side: null,
            needleCount: '',
            twitchCount: '',
            technique: null
          })
        ]
      }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      'muscles.1.muscleId': 'Choose a muscle from the list',
      'muscles.1.side': 'Choose left, right or both sides',
      'muscles.1.needleCount': 'Enter the number of needles',
      'muscles.1.twitchCount': 'Enter the twitch responses (0 for none)',
      'muscles.1.technique': 'Choose a technique'
    })
  })

  it('refuses numbers out of range with the schema’s words', () => {
    const check = checkSessionForm(
      completeForm({
        pptBefore: '25',
        muscles: [muscle({ needleCount: '0', twitchCount: 'some', dwell: '-5', insertions: '2.5' })]
      }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      pptBefore: 'Pressure pain threshold looks too high (kg/cm²)',
      'muscles.0.needleCount': 'At least one needle',
      'muscles.0.insertions': 'Insertions is a whole number',
      'muscles.0.dwellSeconds': 'Dwell time cannot be negative',
      'muscles.0.twitchCount': 'Twitch responses is a whole number'
    })
  })

  it('needs frequency and minutes for electrical stimulation, and both sizes of a custom needle', () => {
    const check = checkSessionForm(
      completeForm({
        muscles: [
          muscle({
            technique: 'electrical',
            estimHz: '',
            estimMinutes: '15',
            needleSize: 'custom',
            customDiameter: '0.2',
            customLength: ''
          })
        ]
      }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      'muscles.0.estim.frequencyHz': 'Enter the frequency in Hz',
      'muscles.0.needleSize.lengthMm': 'Enter the needle length in mm'
    })
    const fixed = checkSessionForm(
      completeForm({
        muscles: [
          muscle({
            technique: 'electrical',
            estimHz: '2',
            estimMinutes: '15',
            needleSize: 'custom',
            customDiameter: '0.2',
            customLength: '40'
          })
        ]
      }),
      []
    )
    expect(fixed.ok && fixed.input.muscles[0]).toMatchObject({
      estim: { frequencyHz: 2, minutes: 15 },
      needleSize: { diameterMm: 0.2, lengthMm: 40 }
    })
  })

  it('asks for the date, therapist and diagnosis, and checks adverse events', () => {
    const check = checkSessionForm(
      completeForm({
        date: '',
        therapist: null,
        diagnosis: '  ',
        painBefore: null,
        adverseEvents: [{ key: 'a', category: 'bruising', severity: null, note: '' }]
      }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      date: 'Enter the date and time of the session',
      therapist: 'Choose the treating therapist',
      diagnosis: 'Enter the diagnosis or presenting complaint',
      'adverseEvents.0.severity': 'Choose mild, significant or serious'
    })
  })

  it('refuses a date that does not exist', () => {
    const check = checkSessionForm(completeForm({ date: '2026-02-30T09:00' }), [])
    expect(check.ok ? null : check.fields).toEqual({ date: 'Enter a real date and time' })
  })
})

describe('errorsUnder', () => {
  it('picks a row’s messages and nothing from a row with a longer number', () => {
    const errors = { 'muscles.1.side': 'a', 'muscles.10.side': 'b', muscles: 'c' }
    expect(errorsUnder(errors, 'muscles.1')).toEqual({ 'muscles.1.side': 'a' })
  })
})

describe('checkSessionForm, everything at once', () => {
  it('reports the consent and muscle rules together with field errors', () => {
    const check = checkSessionForm(
      completeForm({
        diagnosis: '',
        consent: { isGiven: false, date: '', isWritten: false },
        muscles: []
      }),
      []
    )
    expect(check.ok ? null : check.fields).toEqual({
      diagnosis: 'Enter the diagnosis or presenting complaint',
      'consent.isGiven': 'Confirm the patient consented before needling',
      muscles: 'Add at least one needled muscle'
    })
  })
})

describe('inFormOrder', () => {
  it('lists messages top to bottom as the fields appear on the form', () => {
    const ordered = inFormOrder({
      'muscles.1.side': 'e',
      painAfter: 'g',
      'consent.isGiven': 'b',
      'muscles.0.twitchCount': 'd',
      diagnosis: 'a',
      'muscles.0.muscleId': 'c',
      'muscles.10.side': 'f'
    })
    expect(Object.values(ordered)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })
})

describe('measures in the session form', () => {
  const row = (measureId: string, over: Partial<MeasureForm> = {}): MeasureForm => ({
    ...emptyMeasureForm(measureId),
    ...over
  })

  it('saves the measures typed, distances in km whatever the clinic’s unit', () => {
    const check = checkSessionForm(
      completeForm({
        measures: [
          row('knee-to-wall', { left: '6,5', right: '11' }),
          row('weekly-distance', { value: '10' })
        ]
      }),
      [],
      'mi'
    )
    if (!check.ok) throw new Error(JSON.stringify(check.fields))
    expect(check.input.measures.map((m) => [m.left, m.right, m.value])).toEqual([
      [6.5, 11, null],
      [null, null, 16.09]
    ])
  })

  it('refuses out-of-range values and a sided measure without a side next to the field, with the needling fields in form order', () => {
    const check = checkSessionForm(
      completeForm({
        measures: [row('lefs', { value: '81' }), row('calf-raise'), row('visa-a', { value: 'x' })],
        muscles: [muscle({ tightnessBefore: 7 })]
      }),
      []
    )
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(Object.entries(check.fields)).toEqual([
      ['measures.0.value', 'LEFS runs from 0 to 80 points'],
      ['measures.1.left', 'Enter the left side, the right side or both'],
      ['measures.2.value', 'Enter a number']
    ])
  })

  it('reports measure problems while other fields are still wrong too', () => {
    const check = checkSessionForm(
      completeForm({ therapist: null, measures: [row('lefs', { value: '81' })] }),
      []
    )
    expect(check.ok ? null : check.fields['measures.0.value']).toBe('LEFS runs from 0 to 80 points')
  })

  it('keeps a muscle’s tightness before and after on its row', () => {
    const check = checkSessionForm(
      completeForm({ muscles: [muscle({ tightnessBefore: 7, tightnessAfter: 3 })] }),
      []
    )
    expect(check.ok && check.input.muscles[0]).toMatchObject({
      tightnessBefore: 7,
      tightnessAfter: 3
    })
  })
})

describe('same measures as last time', () => {
  it('offers last time’s measures empty, after the rows already there, each once', () => {
    const started = [{ ...emptyMeasureForm('lefs'), value: '50' }]
    const last = [
      { measureId: 'lefs', left: null, right: null, value: 44, activities: [], note: '' },
      { measureId: 'knee-to-wall', left: 6, right: 10, value: null, activities: [], note: '' },
      { measureId: 'clinic-gone', left: null, right: null, value: 1, activities: [], note: '' }
    ]
    const rows = sameMeasuresAsLastTime(started, last)
    expect(rows.map((r) => [r.measureId, r.left, r.right, r.value])).toEqual([
      ['lefs', '', '', '50'],
      ['knee-to-wall', '', '', '']
    ])
  })

  it('adds this week’s running once', () => {
    const rows = withRunningMeasures(withRunningMeasures([]))
    expect(rows.map((r) => r.measureId)).toEqual([
      'weekly-distance',
      'longest-run',
      'running-pain',
      'return-stage'
    ])
  })

  it('shows saved distances in the clinic’s unit', () => {
    const [row] = measureFormsFrom(
      [
        {
          measureId: 'longest-run',
          left: null,
          right: null,
          value: 16.09,
          activities: [],
          note: ''
        }
      ],
      'mi'
    )
    expect(row?.value).toBe('10')
  })
})
