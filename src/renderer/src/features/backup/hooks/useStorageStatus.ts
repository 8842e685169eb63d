import { useEffect, useState } from 'react'
import { getStorageStatus, type StorageStatus } from '@renderer/lib/storage'

/** How much the clinic's data takes and whether the browser may clear it; null while loading. */
export function useStorageStatus(version: number): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  useEffect(() => {
    let isCurrent = true
    void getStorageStatus().then((next) => {
      if (isCurrent) setStatus(next)
    })
    return () => {
      isCurrent = false
    }
  }, [version])
  return status
}
