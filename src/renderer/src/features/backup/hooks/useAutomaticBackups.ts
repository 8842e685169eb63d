import { useEffect, useState } from 'react'
import type { AutoBackupList } from '@shared/ipc'
import { listAutomaticBackups } from '@renderer/lib/bridge'

export type AutomaticBackupsState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; list: AutoBackupList }

/** The automatic backups on disk, read again whenever `version` changes. */
export function useAutomaticBackups(version: number): AutomaticBackupsState {
  const [state, setState] = useState<AutomaticBackupsState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    void listAutomaticBackups().then((result) => {
      if (!isCurrent) return
      if (!result.ok) setState({ status: 'failed', message: result.error })
      else
        setState(result.value ? { status: 'ready', list: result.value } : { status: 'unavailable' })
    })
    return () => {
      isCurrent = false
    }
  }, [version])
  return state
}
