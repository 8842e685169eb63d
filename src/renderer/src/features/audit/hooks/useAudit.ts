import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import type { AuditEntry, ChainCheck } from '@shared/domain/audit'
import type { AuditFilter } from '@renderer/db/repositories/audit'
import { useRepositories } from '@renderer/lib/data'

/** Entries of the trail, newest first, as they are added. */
export function useAuditEntries(filter: AuditFilter, limit = 200): AuditEntry[] | undefined {
  const { audit } = useRepositories()
  const key = JSON.stringify(filter)
  return useLiveQuery(() => audit.list(JSON.parse(key) as AuditFilter, limit), [audit, key, limit])
}

export type ChainStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'done'; check: ChainCheck }

/** Checks the whole chain on request, with progress. */
export function useChainCheck() {
  const { audit } = useRepositories()
  const [status, setStatus] = useState<ChainStatus>({ kind: 'idle' })
  const run = useCallback(async () => {
    setStatus({ kind: 'checking', done: 0, total: await audit.count() })
    const check = await audit.verify((done, total) => setStatus({ kind: 'checking', done, total }))
    setStatus({ kind: 'done', check })
  }, [audit])
  return { status, run }
}

/** Every entry, oldest first, for the CSV export. */
export function useAuditExport() {
  const { audit } = useRepositories()
  const entries = useCallback(() => audit.all(), [audit])
  const recordExport = useCallback(
    () => audit.record({ action: 'csv-exported', detail: 'audit trail' }),
    [audit]
  )
  return { entries, recordExport }
}
