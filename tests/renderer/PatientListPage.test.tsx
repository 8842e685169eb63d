import { act, render, screen, waitFor, within } from '@testing-library/react'
import { tallyOf } from '../../src/renderer/src/db/derived'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Patient } from '@shared/domain/patient'
import { DataProvider } from '../../src/renderer/src/lib/data'
import { ToastProvider } from '../../src/renderer/src/components/Toasts'
import type { RacepointDB } from '../../src/renderer/src/db/database'
import type { Repositories } from '../../src/renderer/src/db/repositories'
import { buildPatientRecord } from '../../src/shared/domain/patient'
import { PatientListPage } from '../../src/renderer/src/features/patients/components/PatientListPage'
import { ClockProvider } from '../../src/renderer/src/lib/clock'
import { createTestDb } from '../db/testDb'
import { buildPatientInput } from '../factories'

const NOW = new Date('2026-03-16T09:00:00')
/** Generous: these render real lists on fake-indexeddb, and the machine may be busy. */
const SLOW = 20_000

function renderList(repositories: Repositories) {
  return render(
    <ClockProvider clock={() => NOW}>
      <DataProvider repositories={repositories}>
        <ToastProvider>
          <PatientListPage />
        </ToastProvider>
      </DataProvider>
    </ClockProvider>
  )
}

async function seed(
  db: RacepointDB,
  names: readonly (readonly [string, string])[]
): Promise<Patient[]> {
  const records = names.map(([firstName, lastName], i) =>
    buildPatientRecord(
      buildPatientInput({ firstName, lastName }),
      `p-${String(i).padStart(5, '0')}`,
      new Date(NOW.getTime() - i * 60_000)
    )
  )
  await db.patients.bulkAdd(records)
  // The patient counts are kept where patients are written; rows written here keep them too.
  await db.counts.put(tallyOf({ patients: records, sessions: 0, races: 0 }))
  return records
}

const optionNames = (): string[] =>
  within(screen.getByRole('listbox', { name: 'Patients' }))
    .queryAllByRole('option')
    .map((o) => o.querySelector('.patient-row__name')?.textContent ?? '')

describe('patient list', () => {
  it(
    'never lets an older keystroke’s late results replace a newer search',
    async () => {
      const { db, repos } = createTestDb(NOW)
      await seed(db, [
        ['Mara', 'Young'],
        ['Maria', 'Lopez'],
        ['Mo', 'Farah']
      ])
      // Each search waits until the test releases it, so answers can arrive out of order.
      const waiting = new Map<string, () => void>()
      const cancelled = new Set<string>()
      const search: Repositories['patients']['search'] = (query, options) =>
        new Promise((resolve, reject) => {
          waiting.set(
            query,
            () =>
              void repos.patients.search(query, options).then(resolve, (error: unknown) => {
                if (error instanceof Error && error.name === 'AbortError') cancelled.add(query)
                reject(error)
              })
          )
        })
      renderList({ ...repos, patients: { ...repos.patients, search } })
      const box = screen.getByRole('combobox', { name: 'Search patients by name' })
      await waitFor(() => expect(optionNames()).toHaveLength(3))

      const user = userEvent.setup()
      await user.type(box, 'm')
      await waitFor(() => expect(waiting.has('m')).toBe(true))
      await user.type(box, 'a')
      await waitFor(() => expect(waiting.has('ma')).toBe(true))

      act(() => waiting.get('ma')!())
      await waitFor(() => expect(optionNames()).toEqual(['Mara Young', 'Maria Lopez']))
      act(() => waiting.get('m')!())
      // Give the late answer every chance to land before checking it did not.
      await act(() => new Promise((r) => setTimeout(r, 50)))
      expect(optionNames()).toEqual(['Mara Young', 'Maria Lopez'])
      expect(screen.getByRole('listbox', { name: 'Patients' }).dataset['resultsFor']).toBe('ma')
      // The superseded search was cancelled rather than read to the end.
      expect([...cancelled]).toEqual(['m'])
    },
    SLOW
  )

  it(
    'draws only a window of a long list, and keeps the active row drawn as arrows move',
    async () => {
      const { db, repos } = createTestDb(NOW)
      await seed(
        db,
        Array.from(
          { length: 300 },
          (_, i) => [`Runner${String(i).padStart(3, '0')}`, 'Moss'] as const
        )
      )
      renderList(repos)
      const box = screen.getByRole('combobox', { name: 'Search patients by name' })
      await waitFor(() => expect(optionNames().length).toBeGreaterThan(0))
      const drawn = optionNames().length
      expect(drawn).toBeLessThan(40)
      expect(screen.getByText('100 of 300 shown; scroll for more')).toBeTruthy()

      const user = userEvent.setup()
      await user.click(box)
      // Page Down moves by the rows in view less one (the list measures 640 px before layout).
      await user.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}')
      await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
      const activeId = box.getAttribute('aria-activedescendant')
      const active = activeId ? document.getElementById(activeId) : null
      expect(active?.getAttribute('aria-selected')).toBe('true')
      expect(active?.getAttribute('aria-posinset')).toBe('47')
      // Most recently created first: Runner000 is newest.
      expect(active?.textContent).toContain('Runner046 Moss')
      expect(optionNames().length).toBeLessThan(40)

      await user.keyboard('{Enter}')
      expect(window.location.hash).toBe('#/patients/p-00046')
    },
    SLOW
  )

  it('hides archived patients unless asked for them', async () => {
    const { repos } = createTestDb(NOW)
    const created = await repos.patients.create(
      buildPatientInput({ firstName: 'Ada', lastName: 'Old' })
    )
    await repos.patients.create(buildPatientInput({ firstName: 'Bea', lastName: 'New' }))
    if (!created.ok) throw new Error('setup failed')
    await repos.patients.archive(created.value.id)
    renderList(repos)
    await waitFor(() => expect(optionNames()).toEqual(['Bea New']))
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Archived' }))
    await waitFor(() => expect(optionNames()).toEqual(['Ada Old']))
  })
})
