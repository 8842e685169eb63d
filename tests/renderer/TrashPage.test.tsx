import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { buildPatientRecord, type Patient } from '../../src/shared/domain/patient'
import { tallyOf } from '../../src/renderer/src/db/derived'
import type { Repositories } from '../../src/renderer/src/db/repositories'
import { ToastProvider } from '../../src/renderer/src/components/Toasts'
import {
  TRASH_PAGE,
  TrashPage
} from '../../src/renderer/src/features/patients/components/TrashPage'
import { ClockProvider } from '../../src/renderer/src/lib/clock'
import { DataProvider } from '../../src/renderer/src/lib/data'
import { createTestDb } from '../db/testDb'
import { buildPatientInput } from '../factories'

const NOW = new Date('2026-03-16T09:00:00')
/** Generous: these render real lists on fake-indexeddb, and the machine may be busy. */
const SLOW = 20_000

function renderTrash(repositories: Repositories) {
  return render(
    <ClockProvider clock={() => NOW}>
      <DataProvider repositories={repositories}>
        <ToastProvider>
          <TrashPage />
        </ToastProvider>
      </DataProvider>
    </ClockProvider>
  )
}

const rows = (): HTMLElement[] =>
  within(screen.getByRole('list', { name: 'Patients in the trash' })).getAllByRole('listitem')

describe('trash', () => {
  it(
    'shows a page of patients by name, says how many it holds, and shows more when asked',
    async () => {
      const { db, repos } = createTestDb(NOW)
      const count = TRASH_PAGE + 7
      const records: Patient[] = Array.from({ length: count }, (_, i) => ({
        ...buildPatientRecord(
          buildPatientInput({ firstName: 'Ada', lastName: `Trashed${String(i).padStart(3, '0')}` }),
          `p-${i}`,
          NOW
        ),
        status: 'trashed',
        trashedAt: NOW.toISOString()
      }))
      await db.patients.bulkAdd(records)
      await db.counts.put(tallyOf({ patients: records, sessions: 0, races: 0 }))

      renderTrash(repos)
      expect(
        await screen.findByText(`${TRASH_PAGE} of ${count} shown, by name`, {}, { timeout: SLOW })
      ).toBeTruthy()
      expect(rows()).toHaveLength(TRASH_PAGE)
      expect(rows()[0]?.textContent).toContain('Ada Trashed000')

      await userEvent.click(screen.getByRole('button', { name: `Show ${TRASH_PAGE} more` }))
      await screen.findByRole(
        'link',
        { name: `Ada Trashed${String(count - 1).padStart(3, '0')}` },
        { timeout: SLOW }
      )
      expect(rows()).toHaveLength(count)
      expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull()
    },
    SLOW * 2
  )
})
