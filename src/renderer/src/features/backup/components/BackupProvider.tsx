import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import type { AutoBackupInfo } from '@shared/ipc'
import { err, ok, type Result } from '@shared/result'
import { useCommand } from '@renderer/lib/commands'
import { useNotify } from '@renderer/components/Toasts'
import { isDesktop, onQuitRequested, quitReady, readAutomaticBackup } from '@renderer/lib/bridge'
import { describeMoment } from '../model/describe'
import type { Progress } from '../model/progress'
import { useBackupDeps } from '../hooks/useBackupDeps'
import { keepRestoreOutcome, takeRestoreOutcome } from '../restoreOutcome'
import { RestoreDialog, type RestoreState } from './RestoreDialog'
import { TaskDialog, type BackupTask } from './TaskDialog'
import '../backup.css'
import { totalRows } from '@renderer/db/tables'

/** How often the desktop app backs up while the clinic's data keeps changing. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000
/** The data's change stamp at the last automatic backup, so unchanged data is not backed up again. */
const LAST_STAMP_KEY = 'racepoint.lastAutomaticBackup'
const BUSY = 'Racepoint is still busy with a backup. Try again when it has finished.'

/**
 * Backups, restores and exports (the file format, its checksum, the CSV writer) load when
 * first used, so the first screen does not wait for them.
 */
const operations = () => import('../operations')

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

export type BackupActions = {
  backUp: () => void
  exportCsv: () => void
  exportMeasuresCsv: () => void
  openRestore: () => void
  restoreAutomatic: (backup: AutoBackupInfo) => void
  isBusy: boolean
  /** Changes whenever an automatic backup is written, so lists can refresh. */
  automaticVersion: number
}

const BackupContext = createContext<BackupActions | null>(null)

export function useBackupActions(): BackupActions {
  const actions = useContext(BackupContext)
  if (!actions) throw new Error('useBackupActions needs a BackupProvider above it')
  return actions
}

export type BackupProviderProps = { children: ReactNode }

/**
 * Backup, restore and export for the whole app: answers the menu commands, shows progress
 * and the restore dialog, and (in the desktop app) writes automatic backups while data
 * changes and when the window closes. One task runs at a time.
 */
export function BackupProvider({ children }: BackupProviderProps) {
  const notify = useNotify()
  const deps = useBackupDeps()
  const { backup } = deps
  const [task, setTask] = useState<BackupTask | null>(null)
  const [restore, setRestore] = useState<RestoreState | null>(() => {
    const outcome = takeRestoreOutcome()
    return outcome ? { step: 'done', outcome } : null
  })
  const [automaticVersion, setAutomaticVersion] = useState(0)
  const busy = useRef(false)
  const queue = useRef<Promise<void>>(Promise.resolve())

  /** Runs `work` after whatever is running; `busy` is true meanwhile. */
  const exclusive = useCallback((work: () => Promise<void>): Promise<void> => {
    const next = queue.current.then(async () => {
      busy.current = true
      try {
        await work()
      } finally {
        busy.current = false
      }
    })
    queue.current = next.catch(() => undefined)
    return next
  }, [])

  /** A task with a progress dialog; its result is a message for a toast, or an error to show. */
  const runTask = useCallback(
    (
      title: string,
      work: (onProgress: (p: Progress) => void) => Promise<Result<string | null, string>>
    ) =>
      exclusive(async () => {
        setTask({ title, progress: null, error: null })
        const onProgress = (progress: Progress): void =>
          setTask((t) => (t && t.error === null ? { ...t, progress } : t))
        const result = await work(onProgress).catch((error: unknown) => err(messageOf(error)))
        if (!result.ok) return setTask({ title, progress: null, error: result.error })
        setTask(null)
        if (result.value) notify(result.value)
      }),
    [exclusive, notify]
  )

  const backUp = useCallback(() => {
    if (busy.current) return notify(BUSY)
    void runTask('Backing up', async (onProgress) => {
      const result = await (await operations()).backUpToFile(deps, onProgress)
      return result.ok ? ok(result.value && `Backup saved: ${result.value.savedAs}`) : result
    })
  }, [deps, notify, runTask])

  const exportCsv = useCallback(() => {
    if (busy.current) return notify(BUSY)
    void runTask('Exporting sessions to CSV', async (onProgress) => {
      const result = await (await operations()).exportCsvToFile(deps, onProgress)
      return result.ok ? ok(result.value && `Sessions exported: ${result.value.savedAs}`) : result
    })
  }, [deps, notify, runTask])

  const exportMeasuresCsv = useCallback(() => {
    if (busy.current) return notify(BUSY)
    void runTask('Exporting measures to CSV', async () => {
      const result = await (await operations()).exportMeasuresCsvToFile(deps)
      return result.ok ? ok(result.value && `Measures exported: ${result.value.savedAs}`) : result
    })
  }, [deps, notify, runTask])

  /** Reads and checks a backup; nothing is changed, whatever it holds. */
  const check = useCallback(
    (
      source: string,
      read: (onProgress: (p: Progress) => void) => Promise<Result<Uint8Array<ArrayBuffer>, string>>
    ) =>
      exclusive(async () => {
        setRestore({ step: 'checking', source, progress: null })
        const onProgress = (progress: Progress): void =>
          setRestore((s) => (s?.step === 'checking' ? { ...s, progress } : s))
        try {
          const bytes = await read(onProgress)
          if (!bytes.ok) return setRestore({ step: 'failed', message: bytes.error })
          const verified = await (await operations()).checkBackup(bytes.value, onProgress)
          if (!verified.ok) return setRestore({ step: 'refused', source, problem: verified.error })
          setRestore({
            step: 'confirm',
            source,
            verified: verified.value,
            current: await backup.counts()
          })
        } catch (error) {
          setRestore({
            step: 'failed',
            message: `The backup could not be read: ${messageOf(error)}`
          })
        }
      }),
    [backup, exclusive]
  )

  const handleChooseFile = useCallback(
    (file: File) => {
      void check(file.name, async () => ok(new Uint8Array(await file.arrayBuffer())))
    },
    [check]
  )

  const restoreAutomatic = useCallback(
    (info: AutoBackupInfo) => {
      if (busy.current) return notify(BUSY)
      const source = `Automatic backup of ${describeMoment(info.createdAt)}`
      void check(source, async (onProgress) => {
        const read = await readAutomaticBackup(info.name, (done, total) =>
          onProgress({ phase: 'reading', done, total })
        )
        return read
      })
    },
    [check, notify]
  )

  const handleConfirm = useCallback(() => {
    if (restore?.step !== 'confirm') return
    const { verified } = restore
    void exclusive(async () => {
      setRestore({ step: 'restoring', progress: null })
      const result = await (
        await operations()
      )
        .restoreBackup(deps, verified, (progress) =>
          setRestore((s) => (s?.step === 'restoring' ? { ...s, progress } : s))
        )
        .catch((error: unknown) => err(messageOf(error)))
      if (!result.ok) {
        setRestore({ step: 'failed', message: result.error })
        return
      }
      // Every screen starts again from the restored data: no open form keeps replaced values.
      keepRestoreOutcome(result.value)
      window.location.reload()
    })
  }, [deps, exclusive, restore])

  const openRestore = useCallback(() => {
    if (busy.current) return notify(BUSY)
    setRestore({ step: 'choose' })
  }, [notify])

  useCommand('backup', backUp)
  useCommand('export-csv', exportCsv)
  useCommand('restore', openRestore)

  /** An automatic backup, when the data changed since the last one. */
  const automatic = useCallback(
    async (onProgress?: (p: Progress) => void): Promise<Result<null, string>> => {
      const stamp = await backup.changeStamp()
      if (stamp === window.localStorage.getItem(LAST_STAMP_KEY)) return ok(null)
      // An empty clinic (a new install, or data the system cleared) must not push real
      // backups out of the rotation.
      if (totalRows(await backup.counts()) === 0) return ok(null)
      const written = await (await operations()).writeAutomaticBackup(deps, 'auto', onProgress)
      if (!written.ok) return err(`The automatic backup could not be written: ${written.error}`)
      window.localStorage.setItem(LAST_STAMP_KEY, stamp)
      setAutomaticVersion((v) => v + 1)
      return ok(null)
    },
    [backup, deps]
  )

  useEffect(() => {
    if (!isDesktop()) return
    const timer = window.setInterval(() => {
      if (busy.current) return
      void exclusive(async () => {
        const result = await automatic().catch((error: unknown) => err(messageOf(error)))
        if (!result.ok) notify(result.error, { isError: true })
      })
    }, AUTO_BACKUP_INTERVAL_MS)
    const unsubscribe = onQuitRequested(() => {
      void runTask('Saving a last backup before Racepoint closes', async (onProgress) => {
        try {
          return await automatic(onProgress)
        } finally {
          await quitReady()
        }
      })
    })
    return () => {
      window.clearInterval(timer)
      unsubscribe()
    }
  }, [automatic, exclusive, notify, runTask])

  const actions = useMemo<BackupActions>(
    () => ({
      backUp,
      exportCsv,
      exportMeasuresCsv,
      openRestore,
      restoreAutomatic,
      isBusy: task !== null || (restore !== null && restore.step !== 'done'),
      automaticVersion
    }),
    [
      automaticVersion,
      backUp,
      exportCsv,
      exportMeasuresCsv,
      openRestore,
      restore,
      restoreAutomatic,
      task
    ]
  )

  return (
    <BackupContext.Provider value={actions}>
      {children}
      {task ? <TaskDialog task={task} onClose={() => setTask(null)} /> : null}
      {restore ? (
        <RestoreDialog
          state={restore}
          onChooseFile={handleChooseFile}
          onConfirm={handleConfirm}
          onChooseAgain={() => setRestore({ step: 'choose' })}
          onClose={() => setRestore(null)}
        />
      ) : null}
    </BackupContext.Provider>
  )
}
