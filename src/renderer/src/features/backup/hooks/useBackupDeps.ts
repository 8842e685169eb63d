import { useMemo } from 'react'
import { useRepositories } from '@renderer/lib/data'
import { useClock } from '@renderer/lib/clock'
import type { BackupDeps } from '../operations'

/** What the backup operations work with: the whole-clinic repository and the clock. */
export function useBackupDeps(): BackupDeps {
  const { backup, audit } = useRepositories()
  const clock = useClock()
  return useMemo(
    () => ({
      backup,
      now: clock,
      record: (note) => audit.record(note)
    }),
    [backup, audit, clock]
  )
}
