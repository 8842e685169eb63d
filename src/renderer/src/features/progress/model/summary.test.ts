import { describe, expect, it } from 'vitest'
import { buildRace, buildSession } from '../../../../../../tests/factories/records'
import { buildProgressSummary } from './summary'

const today = '2026-03-16'
const scored = (pains: (number | null)[]) =>
  pains.map((p, i) =>
    buildSession({
      id: `s-${i}`,
      date: `2026-02-${String(i + 1).padStart(2, '0')}T09:00`,
      painBefore: p,
      painAfter: p === null ? null : Math.max(0, p - 2)
    })
  )

describe('buildProgressSummary', () => {
  it('compares the first and latest pain before treatment and calls an important fall so', () => {
    const summary = buildProgressSummary(scored([7, 6, null, 2]), [], today)
    expect(summary).toMatchObject({
      sessionCount: 4,
      baseline: { pain: 7, sessionId: 's-0' },
      latest: { pain: 2, sessionId: 's-3' },
      change: { change: -5, kind: 'important-improvement', isClinicallyImportant: true }
    })
    expect(summary.verdict).toBe(
      'Pain before treatment fell from 7 to 2 out of 10: 5 points (71%) lower, a clinically important improvement.'
    )
  })

  it('says a small fall is not yet clinically important, and what would be', () => {
    const summary = buildProgressSummary(scored([6, 5]), [], today)
    expect(summary.change?.isClinicallyImportant).toBe(false)
    expect(summary.verdict).toBe(
      'Pain before treatment fell from 6 to 5 out of 10: 1 point (17%) lower, a small change, not yet clinically important (that takes a fall of at least 2 points and 30%).'
    )
  })

  it('never calls a fall clinically important unless it meets both thresholds', () => {
    // 1 -> 0 is 100% but a single point; 10 -> 8 is 2 points but 20%.
    for (const [from, to] of [
      [1, 0],
      [10, 8],
      [2, 1]
    ] as const) {
      const summary = buildProgressSummary(scored([from, to]), [], today)
      expect(summary.change?.isClinicallyImportant, `${from} -> ${to}`).toBe(false)
      expect(summary.verdict).not.toMatch(/, a clinically important improvement/)
    }
    expect(buildProgressSummary(scored([8, 7]), [], today).verdict).toBe(
      'Pain before treatment fell from 8 to 7 out of 10: 1 point (13%) lower, less than the smallest change the scale can show reliably.'
    )
  })

  it('words a rise and no change plainly', () => {
    expect(buildProgressSummary(scored([3, 5]), [], today).verdict).toBe(
      'Pain before treatment rose from 3 to 5 out of 10: 2 points higher than at the first session.'
    )
    expect(buildProgressSummary(scored([4, 4]), [], today).verdict).toMatch(/unchanged/)
  })

  it('with one session has a baseline but nothing to compare', () => {
    const summary = buildProgressSummary(scored([6]), [], today)
    expect(summary.baseline?.pain).toBe(6)
    expect(summary.change).toBeNull()
    expect(summary.verdict).toMatch(/One scored session so far/)
  })

  it('handles no sessions and sessions without scores', () => {
    expect(buildProgressSummary([], [], today)).toMatchObject({
      sessionCount: 0,
      baseline: null,
      change: null,
      verdict: 'No sessions in this time range.'
    })
    expect(buildProgressSummary(scored([null, null]), [], today).verdict).toMatch(/No pain scores/)
  })

  it('counts the days to the next race and gives its priority', () => {
    const races = [
      buildRace({ id: 'past', name: 'Spring 10K', date: '2026-03-01', priority: 'B' }),
      buildRace({ id: 'later', name: 'Turkey Trot', date: '2026-05-03', priority: 'C' }),
      buildRace({ id: 'next', name: 'Portland Marathon', date: '2026-03-25', priority: 'A' })
    ]
    const summary = buildProgressSummary(scored([5]), races, today)
    expect(summary.nextRace).toMatchObject({ id: 'next', priority: 'A', daysLeft: 9 })
    expect(summary.nextRaceText).toBe(
      'Portland Marathon (A race, Marathon) is in 9 days, on 25 Mar 2026.'
    )
    expect(buildProgressSummary([], [], today).nextRaceText).toBe(
      'No upcoming races on the calendar.'
    )
  })

  it('counts a race today as the next race', () => {
    const races = [buildRace({ date: today })]
    expect(buildProgressSummary([], races, today).nextRaceText).toMatch(/is today/)
  })
})
