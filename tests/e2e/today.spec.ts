import type { Page } from '@playwright/test'
import type { Patient } from '@shared/domain/patient'
import type { Race } from '@shared/domain/race'
import type { Session } from '@shared/domain/session'
import { putRows, readRows } from './clinicData'
import { expect, loadDemoClinic, test, reloadAndUnlock } from './fixtures'

// The fixed test clock (fixtures.ts), as the app's wall-clock text.
const NOW = '2026-03-16T09:00'
const TODAY = '2026-03-16'
const hoursBefore = (at: string): number =>
  (new Date(`${NOW}:00`).getTime() - new Date(`${at}:00`).getTime()) / 3_600_000

async function clinic(page: Page) {
  const [patients, sessions, races] = await Promise.all([
    readRows<Patient>(page, 'patients'),
    readRows<Session>(page, 'sessions'),
    readRows<Race>(page, 'races')
  ])
  const byId = new Map(patients.map((p) => [p.id, p]))
  const name = (id: string): string => `${byId.get(id)!.firstName} ${byId.get(id)!.lastName}`
  return { patients, sessions, races, byId, name }
}

test('Today lists the day’s appointments, the races ahead with recent needling, and soreness checks due', async ({
  page
}) => {
  await loadDemoClinic(page)
  const { sessions, races, byId, name } = await clinic(page)

  const bookedToday = sessions.filter(
    (s) => s.nextAppointment?.startsWith(TODAY) && byId.get(s.patientId)!.lastSessionAt === s.date
  )
  expect(bookedToday.length).toBeGreaterThan(0)
  const agenda = page.getByRole('list', { name: 'Today’s appointments' })
  await expect(agenda.getByRole('listitem')).toHaveCount(bookedToday.length)
  for (const s of bookedToday) {
    await expect(agenda.getByRole('listitem').filter({ hasText: name(s.patientId) })).toContainText(
      s.nextAppointment!.slice(11)
    )
  }

  const racesAhead = races.filter((r) => r.date >= TODAY && r.date <= '2026-03-30')
  const list = page.getByRole('list', { name: 'Races in the next 14 days' })
  await expect(list.getByRole('listitem')).toHaveCount(racesAhead.length)
  for (const race of racesAhead) {
    const isNeedled = sessions.some(
      (s) =>
        s.patientId === race.patientId &&
        s.hasNeedling &&
        hoursBefore(s.date) >= 0 &&
        hoursBefore(s.date) <= 72
    )
    const row = list.getByRole('listitem').filter({ hasText: race.name })
    await expect(row).toContainText(name(race.patientId))
    if (isNeedled) await expect(row).toContainText(/Needled \d+ (days?|h) ago/)
    else await expect(row).not.toContainText('Needled')
  }

  const due = sessions.filter(
    (s) =>
      s.hasNeedling &&
      hoursBefore(s.date) >= 24 &&
      hoursBefore(s.date) <= 96 &&
      (['24h', '48h', '72h'] as const).some(
        (c) =>
          !s.followUps.some((f) => f.checkpoint === c) &&
          hoursBefore(s.date) >= Number(c.slice(0, 2))
      )
  )
  expect(due.length).toBeGreaterThan(0)
  const followUps = page.getByRole('list', { name: 'Soreness follow-ups due' })
  await expect(followUps.getByRole('listitem').filter({ hasText: /Needled/ })).toHaveCount(
    due.length
  )
  const first = due[0]!
  await followUps.getByRole('link', { name: name(first.patientId) }).click()
  await expect(page).toHaveURL(new RegExp(`#/patients/${first.patientId}/sessions/${first.id}$`))
})

test('Today flags an A race with no recent visit and a new adverse event', async ({ page }) => {
  await loadDemoClinic(page)
  const { patients, sessions, races, name } = await clinic(page)
  const alerts = page.getByRole('list', { name: 'A race soon, not seen lately' })
  const adverse = page.getByRole('list', { name: 'Recent adverse events' })
  // The demo clinic already holds one of each; wait for them before counting.
  await expect(alerts.getByRole('listitem').first()).toBeVisible()
  await expect(adverse.getByRole('listitem').first()).toBeVisible()
  const alertsBefore = await alerts.getByRole('listitem').count()
  const adverseBefore = await adverse.getByRole('listitem').count()

  // A runner last seen over two weeks ago, with nothing booked and no A race yet in the next
  // four weeks: give them an A race in 20 days.
  const unseen = patients.find(
    (p) =>
      p.lastSessionAt !== null &&
      p.lastSessionAt < '2026-03-02' &&
      !sessions.some(
        (s) => s.patientId === p.id && s.nextAppointment && s.nextAppointment >= TODAY
      ) &&
      !races.some(
        (r) =>
          r.patientId === p.id && r.priority === 'A' && r.date >= TODAY && r.date <= '2026-04-13'
      )
  )!
  const latest = sessions
    .filter((s) => s.patientId === 'demo-p-01')
    .sort((a, b) => a.date.localeCompare(b.date))
    .pop()!
  expect(latest.adverseEvents).toEqual([])
  await putRows(page, 'races', [
    {
      id: 'e2e-a-race',
      patientId: unseen.id,
      name: 'Spring Goal Marathon',
      date: '2026-04-05',
      distance: { kind: 'marathon', value: null, unit: null },
      priority: 'A',
      goalSeconds: null,
      resultSeconds: null,
      notes: '',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z'
    }
  ])
  await putRows(page, 'sessions', [
    {
      ...latest,
      adverseEvents: [{ category: 'bruising', severity: 'mild', note: 'Small bruise' }]
    }
  ])
  // The app keeps a mark beside each session Today looks for, in the same transaction as the
  // session; a row written from outside the app carries its mark too.
  const mark = (await readRows<{ id: string }>(page, 'marks')).find((m) => m.id === latest.id)
  await putRows(page, 'marks', [
    { ...mark, id: latest.id, patientId: latest.patientId, adverseAt: latest.date }
  ])
  await reloadAndUnlock(page)

  await expect(alerts.getByRole('listitem')).toHaveCount(alertsBefore + 1)
  await expect(alerts.getByRole('listitem').filter({ hasText: name(unseen.id) })).toContainText(
    'Spring Goal Marathon in 20 days'
  )

  await expect(adverse.getByRole('listitem')).toHaveCount(adverseBefore + 1)
  await expect(adverse.getByRole('listitem').filter({ hasText: name('demo-p-01') })).toContainText(
    'Bruising'
  )
  await expect(page.getByRole('list', { name: 'At a glance' })).toContainText(
    'Adverse events, 14 days'
  )

  // The whole screen in one picture, for a person to check it reads at a glance.
  await page.setViewportSize({ width: 1360, height: 1300 })
  await page.screenshot({ path: test.info().outputPath('today.png') })
})

test('Today shows the first appointments of a busy day, says how many more, and pages through the rest', async ({
  page
}) => {
  await loadDemoClinic(page)
  const { patients, sessions } = await clinic(page)
  const runner = patients.find((p) => p.status === 'active')!
  const template = sessions.find((s) => s.patientId === runner.id)!
  const logged = sessions.filter((s) => s.date.startsWith(TODAY)).length
  // A busy clinic's morning: 70 more sessions logged today, a minute apart from 07:00.
  const busy = Array.from({ length: 70 }, (_, i) => ({
    ...template,
    id: `e2e-busy-${String(i).padStart(2, '0')}`,
    date: `${TODAY}T0${7 + Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}`,
    hasNeedling: false,
    adverseEvents: [],
    nextAppointment: null
  }))
  await putRows(page, 'sessions', busy)
  await reloadAndUnlock(page)

  const bookedToday = sessions.filter(
    (s) =>
      s.nextAppointment?.startsWith(TODAY) &&
      patients.find((p) => p.id === s.patientId)!.lastSessionAt === s.date
  ).length
  const total = logged + busy.length + bookedToday
  const agenda = page.getByRole('list', { name: 'Today’s appointments' })
  await expect(agenda.getByRole('listitem')).toHaveCount(8)
  await expect(page.getByText(`${total - 8} more appointments today`)).toBeVisible()
  await expect(page.getByRole('list', { name: 'At a glance' })).toContainText(String(total))

  await page.getByRole('link', { name: 'See all appointments today' }).click()
  await expect(page).toHaveURL(/#\/today\/appointments$/)
  await expect(page.getByRole('heading', { name: 'Today’s appointments', level: 1 })).toBeVisible()
  await expect(agenda.getByRole('listitem')).toHaveCount(50)
  await page.getByRole('button', { name: 'Show more appointments today' }).click()
  await expect(agenda.getByRole('listitem')).toHaveCount(Math.min(100, total))
  await expect(page.getByText(/more appointments today/)).toHaveCount(total > 100 ? 1 : 0)
})
