/**
 * The browser's storage for the clinic's database. Asking for persistent storage tells the
 * browser (and Electron's Chromium) not to clear the data to free disk space.
 */
export type StorageStatus = {
  usage: number | null
  quota: number | null
  /** null when the browser cannot say. */
  isPersisted: boolean | null
}

export async function requestPersistentStorage(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null
    if (await navigator.storage.persisted()) return true
    return await navigator.storage.persist()
  } catch {
    return null
  }
}

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage
  const [estimate, isPersisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null
  ])
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    isPersisted
  }
}
