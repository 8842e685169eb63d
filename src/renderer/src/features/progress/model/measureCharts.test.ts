import { describe, expect, it } from 'vitest'
import { measureDefinition } from '@shared/domain/measures/catalogue'
import { emptyMeasureValue, type MeasureValue } from '@shared/domain/measures/values'
import type { NeedledMuscle, Session } from '@shared/domain/session'
import { buildMeasureCharts, thresholdBand, type MeasureChartsInput } from './measureCharts'
import { buildMuscleResponses } from './muscleResponse'

const muscle = (over: Partial<NeedledMuscle> = {}): NeedledMuscle => ({
  muscleId: 'soleus',
  side: 'left',
  points: [],
  needleCount: 1,
  insertions: null,
  needleSize: { diameterMm: 0.25, lengthMm: 30 },
  technique: 'pistoning',
  estim: null,
  dwellSeconds: null,
  twitchCount: 0,
  painDuring: null,
  tightnessBefore: null,
  tightnessAfter: null,
  ...over
})

/** Only what the builders read of a session. */
const visit = (
  id: string,
  date: string,
  measures: MeasureValue[],
  muscles: NeedledMuscle[] = []
): Session => ({ id, date, measures, muscles }) as unknown as Session

const ktw = (left: number, right: number): MeasureValue => ({
  ...emptyMeasureValue('knee-to-wall'),
  left,
  right
})
const lefs = (value: number): MeasureValue => ({ ...emptyMeasureValue('lefs'), value })

const input = (over: Partial<MeasureChartsInput> = {}): MeasureChartsInput => ({
  sessions: [],
  recordings: [],
  clinicMeasures: [],
  injuredSide: 'left',
  units: 'km',
  limbSymmetryPercent: 90,
  runningPain: { safeUpTo: 2, acceptableUpTo: 5 },
  plotWidth: 800,
  ...over
})

describe('measure charts', () => {
  it('draws each measure the patient has, left and right for sided ones, with the injured side marked and a summary', () => {
    const charts = buildMeasureCharts(
      input({
        sessions: [
          visit('s1', '2026-10-01T09:00', [ktw(6, 12), lefs(40)]),
          visit('s2', '2026-10-15T09:00', [ktw(10, 12), lefs(52)])
        ]
      })
    )
    expect(charts.map((c) => c.id)).toEqual(['knee-to-wall', 'lefs'])
    const [k, l] = charts
    expect(k).toMatchObject({ isSided: true, injuredSide: 'left', baseline: 6, unit: 'cm' })
    expect(k!.points).toEqual([
      { t: expect.any(Number), left: 6, right: 12, value: null },
      { t: expect.any(Number), left: 10, right: 12, value: null }
    ])
    expect(k!.summary[0]).toBe(
      'Knee-to-wall, left (injured): 6 → 10 cm since 1 Oct 2026, more than the 1.9 cm a measurement can vary'
    )
    expect(k!.band).toMatchObject({ y1: 4.1, y2: 7.9 })
    expect(l!.summary[0]).toContain('a clinically important improvement')
    expect(l!.band).toMatchObject({ y1: 49, y2: 80 })
  })

  it('includes readings recorded between visits, and says so when there is only one', () => {
    const charts = buildMeasureCharts(
      input({
        recordings: [
          {
            id: 'r',
            patientId: 'p',
            takenAt: '2026-10-05T18:00',
            values: [{ ...emptyMeasureValue('visa-a'), value: 60 }],
            note: '',
            enteredBy: null,
            createdAt: '2026-10-05T18:00:00.000Z',
            updatedAt: '2026-10-05T18:00:00.000Z'
          }
        ]
      })
    )
    expect(charts[0]).toMatchObject({ id: 'visa-a', band: null, yDomain: [0, 100] })
    expect(charts[0]!.summary).toEqual(['VISA-A: one reading so far; the next shows the change.'])
  })

  it('shows limb symmetry against the clinic’s setting', () => {
    const raise = (left: number, right: number): MeasureValue => ({
      ...emptyMeasureValue('calf-raise'),
      left,
      right
    })
    const sessions = [
      visit('s1', '2026-10-01T09:00', [raise(12, 25)]),
      visit('s2', '2026-10-20T09:00', [raise(23, 25)])
    ]
    expect(buildMeasureCharts(input({ sessions }))[0]!.symmetry).toEqual({
      percent: 92,
      isMet: true,
      target: 90
    })
    expect(buildMeasureCharts(input({ sessions, limbSymmetryPercent: 95 }))[0]!.summary[2]).toBe(
      'Limb symmetry 92% (injured side against the other): below the clinic’s 95%.'
    )
    expect(buildMeasureCharts(input({ sessions, injuredSide: null }))[0]!.symmetry).toBeNull()
  })

  it('draws running volume as weekly bars, one per week', () => {
    const km = (value: number): MeasureValue => ({ ...emptyMeasureValue('weekly-distance'), value })
    const [c] = buildMeasureCharts(
      input({
        sessions: [
          visit('a', '2026-10-05T09:00', [km(10)]),
          visit('b', '2026-10-08T09:00', [km(12)]),
          visit('c', '2026-10-13T09:00', [km(20)])
        ]
      })
    )
    expect(c).toMatchObject({ isBars: true, readingCount: 3 })
    expect(c!.points.map((p) => p.value)).toEqual([12, 20])
  })

  it('downsamples to about one point per two pixels', () => {
    const sessions = Array.from({ length: 400 }, (_, i) =>
      visit(`s${i}`, `2026-01-01T${String(8 + (i % 10)).padStart(2, '0')}:00`, [lefs(i % 80)])
    ).map((s, i) => ({ ...s, date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 16) }))
    const [c] = buildMeasureCharts(input({ sessions: sessions as Session[], plotWidth: 300 }))
    expect(c!.points).toHaveLength(150)
    expect(c!.isDownsampled).toBe(true)
  })

  it('charts tightness at the needled muscles, before and after, with no band', () => {
    const sessions = [
      visit('s1', '2026-10-01T09:00', [], [muscle({ tightnessBefore: 8, tightnessAfter: 5 })]),
      visit('s2', '2026-10-08T09:00', [], [muscle({ tightnessBefore: 5, tightnessAfter: 3 })])
    ]
    const [c] = buildMeasureCharts(input({ sessions }))
    expect(c).toMatchObject({ id: 'tightness:soleus', band: null, isSided: true })
    expect(c!.summary).toEqual(['Tightness, Soleus, before needling: 8 → 5/10 since 1 Oct 2026'])
  })

  it('shades a band only where the reference gives a threshold', () => {
    expect(thresholdBand(measureDefinition('visa-a')!, 60, [0, 100])).toBeNull()
    expect(thresholdBand(measureDefinition('visa-p')!, 60, [0, 100])).toMatchObject({
      y1: 73,
      y2: 100
    })
    expect(thresholdBand(measureDefinition('visa-p')!, 95, [0, 100])).toBeNull()
  })
})

describe('per-muscle response', () => {
  it('covers muscles needled at least three times: tightness change, drop in a session, related measures', () => {
    const sessions = [
      visit(
        's1',
        '2026-10-01T09:00',
        [ktw(6, 12)],
        [muscle({ tightnessBefore: 8, tightnessAfter: 5 })]
      ),
      visit(
        's2',
        '2026-10-08T09:00',
        [ktw(8, 12)],
        [muscle({ tightnessBefore: 6, tightnessAfter: 4 })]
      ),
      visit(
        's3',
        '2026-10-15T09:00',
        [ktw(10, 12)],
        [muscle({ tightnessBefore: 4, tightnessAfter: 3 }), muscle({ muscleId: 'piriformis' })]
      )
    ]
    const rows = buildMuscleResponses(sessions, [], 'km')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ muscleId: 'soleus', sessions: 3, meanDrop: 2 })
    expect(rows[0]!.tightness?.text).toBe('Tightness, Soleus: 8 → 4/10 since 1 Oct 2026')
    expect(rows[0]!.related.map((c) => c.text)).toEqual([
      'Knee-to-wall, left: 6 → 10 cm since 1 Oct 2026, more than the 1.9 cm a measurement can vary'
    ])
  })
})
