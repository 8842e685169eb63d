import { describe, expect, it } from 'vitest'
import {
  clinicDefinition,
  clinicMeasureSchema,
  MEASURE_CATALOGUE,
  measureDefinition,
  recordableMeasures,
  TIGHTNESS,
  type ClinicMeasure
} from './catalogue'
import { describeChange, displayValue, toStoredDistance } from './change'
import { injuredSideOf, limbSymmetry } from './symmetry'
import { emptyMeasureValue, measureListProblems, measureValueProblems, psfsMean } from './values'

const def = (id: string) => measureDefinition(id)!

const clinicOwn: ClinicMeasure = {
  id: 'clinic-plank',
  name: 'Side plank hold',
  unit: 's',
  kind: 'number',
  isSided: true,
  min: 0,
  max: 600,
  better: 'higher',
  threshold: null,
  isRetired: false
}

describe('the measure catalogue', () => {
  it('holds the reference’s measures with their units, direction and thresholds', () => {
    expect(def('knee-to-wall')).toMatchObject({
      isSided: true,
      unit: 'cm',
      better: 'higher',
      threshold: { kind: 'mdc', value: 1.9 }
    })
    expect(def('lefs')).toMatchObject({ min: 0, max: 80, threshold: { kind: 'mcid', value: 9 } })
    expect(def('visa-p')).toMatchObject({ max: 100, threshold: { kind: 'mcid', value: 13 } })
    expect(def('psfs').threshold).toMatchObject({ small: 1.3, medium: 2.3, large: 2.7 })
    expect(def('ober')).toMatchObject({ kind: 'result', isSided: true, better: 'lower' })
    expect(def('calf-raise')).toMatchObject({ kind: 'count', hasSymmetry: true })
  })

  it('gives no threshold where the reference publishes none', () => {
    expect(def('visa-a').threshold).toBeNull()
    expect(TIGHTNESS.threshold).toBeNull()
    expect(TIGHTNESS.better).toBe('lower')
    expect(def('running-pain').threshold).toBeNull()
  })

  it('names a source for every measure, and every id once', () => {
    for (const m of MEASURE_CATALOGUE) expect(m.source.length).toBeGreaterThan(3)
    const ids = MEASURE_CATALOGUE.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('carries a clinic’s measure with no threshold unless the clinic set one, and says it is the clinic’s', () => {
    const own = clinicDefinition(clinicOwn)
    expect(own).toMatchObject({
      origin: 'clinic',
      threshold: null,
      source: 'the clinic’s own measure'
    })
    expect(clinicDefinition({ ...clinicOwn, threshold: 10 }).threshold).toMatchObject({
      kind: 'mdc',
      value: 10
    })
    expect(measureDefinition('clinic-plank', [clinicOwn])?.name).toBe('Side plank hold')
    expect(measureDefinition('clinic-plank')).toBeUndefined()
    expect(
      recordableMeasures([{ ...clinicOwn, isRetired: true }]).some((m) => m.origin === 'clinic')
    ).toBe(false)
  })

  it('refuses a clinic measure whose range is upside down or threshold larger than its range', () => {
    const bad = clinicMeasureSchema.safeParse({ ...clinicOwn, min: 10, max: 5 })
    expect(bad.success).toBe(false)
    const tooBig = clinicMeasureSchema.safeParse({ ...clinicOwn, threshold: 1000 })
    expect(tooBig.error?.issues[0]?.message).toBe('The threshold is larger than the whole range')
    expect(clinicMeasureSchema.safeParse({ ...clinicOwn, name: ' ' }).success).toBe(false)
  })
})

describe('recorded values', () => {
  it('refuses a value outside the measure’s range, next to its field', () => {
    const v = { ...emptyMeasureValue('lefs'), value: 85 }
    expect(measureValueProblems(v, def('lefs'))).toEqual({ value: 'LEFS runs from 0 to 80 points' })
    expect(measureValueProblems({ ...v, value: 40.5 }, def('lefs'))).toEqual({
      value: 'LEFS is a whole number'
    })
    expect(measureValueProblems({ ...v, value: 40 }, def('lefs'))).toEqual({})
  })

  it('asks for a side on a sided measure, and checks each side', () => {
    const v = emptyMeasureValue('knee-to-wall')
    expect(measureValueProblems(v, def('knee-to-wall'))).toEqual({
      left: 'Enter the left side, the right side or both'
    })
    expect(measureValueProblems({ ...v, right: 31 }, def('knee-to-wall'))).toEqual({
      right: 'Knee-to-wall runs from 0 to 30 cm'
    })
    expect(measureValueProblems({ ...v, left: 8.5 }, def('knee-to-wall'))).toEqual({})
  })

  it('takes positive or negative for a test result, and activities for the PSFS', () => {
    expect(measureValueProblems({ ...emptyMeasureValue('ober'), left: 2 }, def('ober'))).toEqual({
      left: 'Choose positive or negative'
    })
    expect(measureValueProblems(emptyMeasureValue('psfs'), def('psfs'))).toEqual({
      activities: 'Add at least one activity'
    })
    expect(
      psfsMean([
        { name: 'run 10 km', score: 4 },
        { name: 'stairs', score: 7 }
      ])
    ).toBe(5.5)
  })

  it('refuses a measure listed twice or not known', () => {
    const lefs = { ...emptyMeasureValue('lefs'), value: 40 }
    expect(measureListProblems([lefs, lefs], [])).toEqual({
      '1.measureId': 'This measure is already in the list'
    })
    expect(measureListProblems([{ ...emptyMeasureValue('clinic-x'), value: 1 }], [])).toEqual({
      '0.measureId': 'This measure is not in the catalogue or the clinic’s list'
    })
  })
})

describe('limb symmetry', () => {
  it('is the injured side as a share of the other, against the clinic’s target', () => {
    expect(limbSymmetry({ left: 18, right: 25 }, 'left')).toEqual({
      percent: 72,
      isMet: false,
      target: 90
    })
    expect(limbSymmetry({ left: 24, right: 25 }, 'left', 90)?.isMet).toBe(true)
    expect(limbSymmetry({ left: 24, right: 25 }, 'left', 100)?.isMet).toBe(false)
    expect(limbSymmetry({ left: 24, right: null }, 'left')).toBeNull()
    expect(limbSymmetry({ left: 24, right: 0 }, 'left')).toBeNull()
  })

  it('finds the injured side only when the diagnoses name one side', () => {
    expect(injuredSideOf([{ side: 'left' }])).toBe('left')
    expect(injuredSideOf([{ side: 'left' }, { side: null }])).toBe('left')
    expect(injuredSideOf([{ side: 'left' }, { side: 'right' }])).toBeNull()
    expect(injuredSideOf([{ side: 'bilateral' }])).toBeNull()
    expect(injuredSideOf([])).toBeNull()
  })
})

describe('the change in plain words', () => {
  const from = (value: number) => ({ value, date: '2026-10-01T09:00' })
  const to = (value: number) => ({ value, date: '2026-11-01T09:00' })

  it('compares a measured change with what a measurement can vary', () => {
    const c = describeChange(def('knee-to-wall'), 'Knee-to-wall, left', from(6), to(10))
    expect(c.text).toBe(
      'Knee-to-wall, left: 6 → 10 cm since 1 Oct 2026, more than the 1.9 cm a measurement can vary'
    )
    expect(c).toMatchObject({
      verdict: 'better',
      isBeyondThreshold: true,
      isClinicallyImportant: false
    })
    expect(
      describeChange(def('knee-to-wall'), 'Knee-to-wall, left', from(6), to(7)).text
    ).toContain('within the 1.9 cm a measurement can vary')
  })

  it('calls a change clinically important only when it meets a published MCID', () => {
    const lefs = describeChange(def('lefs'), 'LEFS', from(40), to(52))
    expect(lefs.isClinicallyImportant).toBe(true)
    expect(lefs.text).toBe(
      'LEFS: 40 → 52 points since 1 Oct 2026, a clinically important improvement (9 points or more)'
    )
    const small = describeChange(def('lefs'), 'LEFS', from(40), to(45))
    expect(small.isClinicallyImportant).toBe(false)
    expect(small.text).toContain('less than the 9 points that count as clinically important')
    const worse = describeChange(def('lefs'), 'LEFS', from(52), to(40))
    expect(worse).toMatchObject({ verdict: 'worse', isClinicallyImportant: false })
  })

  it('states only the change where no threshold is published', () => {
    const visa = describeChange(def('visa-a'), 'VISA-A', from(60), to(75))
    expect(visa.text).toBe('VISA-A: 60 → 75 points since 1 Oct 2026')
    expect(visa).toMatchObject({ isBeyondThreshold: false, isClinicallyImportant: false })
    const tight = describeChange(TIGHTNESS, 'Tightness, soleus', from(7), to(3))
    expect(tight.text).toBe('Tightness, soleus: 7 → 3/10 since 1 Oct 2026')
    expect(tight.verdict).toBe('better')
  })

  it('grades the PSFS, words test results and shows distances in the clinic’s unit', () => {
    expect(describeChange(def('psfs'), 'PSFS', from(3), to(6)).text).toContain(
      'a large improvement (2.7 or more of the mean score)'
    )
    expect(describeChange(def('ober'), 'Ober, right', from(1), to(0)).text).toBe(
      'Ober, right: positive → negative since 1 Oct 2026, a change of result'
    )
    expect(
      describeChange(def('weekly-distance'), 'Weekly distance', from(16.09), to(32.19), 'mi').text
    ).toBe('Weekly distance: 10 → 20 mi since 1 Oct 2026')
    expect(displayValue(def('return-stage'), 2, 'km')).toBe('Easy continuous running')
    expect(toStoredDistance(10, 'mi')).toBe(16.09)
  })
})
