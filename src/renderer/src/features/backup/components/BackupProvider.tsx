import { restartApp } from '@renderer/lib/restart'
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
import { DisclosureDialog } from '@renderer/components/DisclosureDialog'
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
  /** Plain automatic backups from before sealing: sealed in place, or removed (with consent). */
  encryptPlainBackups: (backups: readonly AutoBackupInfo[]) => void
  removePlainBackups: (backups: readonly AutoBackupInfo[]) => void
  /** The clinic's data is sealed: its backups are too. */
  isSealed: boolean
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
  const [disclosing, setDisclosing] = useState<'sessions' | 'measures' | null>(null)
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

  /** Export Sessions to CSV… first says that the file will not be encrypted. */
  const exportCsv = useCallback(() => {
    if (busy.current) return notify(BUSY)
    setDisclosing('sessions')
  }, [notify])

  const handleConfirmCsv = useCallback(() => {
    setDisclosing(null)
    if (busy.current) return notify(BUSY)
    void runTask('Exporting sessions to CSV', async (onProgress) => {
      const result = await (await operations()).exportCsvToFile(deps, onProgress)
      return result.ok ? ok(result.value && `Sessions exported: ${result.value.savedAs}`) : result
    })
  }, [deps, notify, runTask])

  /** Export Measures to CSV… says first, too, that the file will not be encrypted. */
  const exportMeasuresCsv = useCallback(() => {
    if (busy.current) return notify(BUSY)
    setDisclosing('measures')
  }, [notify])

  const handleConfirmMeasuresCsv = useCallback(() => {
    setDisclosing(null)
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
          const checked = await (await operations()).checkBackup(deps, bytes.value, onProgress)
          if (!checked.ok) return setRestore({ step: 'refused', source, problem: checked.error })
          if (checked.value.step === 'needs-secret') {
            return setRestore({
              step: 'unlock',
              source,
              file: checked.value.file,
              error: null,
              isBusy: false,
              progress: null
            })
          }
          setRestore({
            step: 'confirm',
            source,
            checked: checked.value.backup,
            current: await backup.counts()
          })
        } catch (error) {
          setRestore({
            step: 'failed',
            message: `The backup could not be read: ${messageOf(error)}`
          })
        }
      }),
    [backup, deps, exclusive]
  )

  /** Opens a sealed backup with a passphrase or the recovery code; a wrong one can be retried. */
  const handleUnlock = useCallback(
    (credentialId: string, secret: string) => {
      if (restore?.step !== 'unlock' || restore.isBusy) return
      const { source, file } = restore
      void exclusive(async () => {
        setRestore({ ...restore, isBusy: true, error: null, progress: null })
        const onProgress = (progress: Progress): void =>
          setRestore((s) => (s?.step === 'unlock' ? { ...s, progress } : s))
        try {
          const opened = await (
            await operations()
          ).unlockBackup(file, credentialId, secret, onProgress)
          if (!opened.ok) {
            if (opened.error.kind === 'wrong-secret')
              return setRestore({ ...restore, isBusy: false, error: opened.error.message })
            return setRestore({ step: 'refused', source, problem: opened.error })
          }
          setRestore({
            step: 'confirm',
            source,
            checked: opened.value,
            current: await backup.counts()
          })
        } catch (error) {
          setRestore({
            step: 'failed',
            message: `The backup could not be read: ${messageOf(error)}`
          })
        }
      })
    },
    [backup, exclusive, restore]
  )

  const handleEditSecret = useCallback(() => {
    setRestore((s) => (s?.step === 'unlock' && s.error ? { ...s, error: null } : s))
  }, [])

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
    const { checked } = restore
    void exclusive(async () => {
      setRestore({ step: 'restoring', progress: null })
      const result = await (
        await operations()
      )
        .restoreBackup(deps, checked, (progress) =>
          setRestore((s) => (s?.step === 'restoring' ? { ...s, progress } : s))
        )
        .catch((error: unknown) => err(messageOf(error)))
      if (!result.ok) {
        setRestore({ step: 'failed', message: result.error })
        return
      }
      // Every screen starts again from the restored data: no open form keeps replaced values.
      keepRestoreOutcome(result.value)
      // Into this clinic, the therapist stays signed in; a clinic sealed from the backup (a
      // new computer) opens at its sign-in.
      restartApp(result.value.isNewlySealed ? { dataKey: null } : { keepKey: true })
    })
  }, [deps, exclusive, restore])

  const openRestore = useCallback(() => {
    if (busy.current) return notify(BUSY)
    setRestore({ step: 'choose' })
  }, [notify])

  useCommand('backup', backUp)
  useCommand('export-csv', exportCsv)
  useCommand('restore', openRestore)

  const count = (n: number): string => (n === 1 ? 'one backup' : `${n} backups`)

  const encryptPlainBackups = useCallback(
    (backups: readonly AutoBackupInfo[]) => {
      if (busy.current) return notify(BUSY)
      void runTask('Encrypting older automatic backups', async (onProgress) => {
        const result = await (await operations()).encryptPlainBackups(deps, backups, onProgress)
        setAutomaticVersion((v) => v + 1)
        if (!result.ok) return result
        const { done, skipped } = result.value
        return ok(
          `Encrypted ${count(done)}.${skipped > 0 ? ` ${count(skipped)} could not be read and ${skipped === 1 ? 'was' : 'were'} left as ${skipped === 1 ? 'it was' : 'they were'}: remove ${skipped === 1 ? 'it' : 'them'} instead.` : ''}`
        )
      })
    },
    [deps, notify, runTask]
  )

  const removePlainBackups = useCallback(
    (backups: readonly AutoBackupInfo[]) => {
      if (busy.current) return notify(BUSY)
      void runTask('Removing unencrypted automatic backups', async () => {
        const result = await (await operations()).removePlainBackups(deps, backups)
        setAutomaticVersion((v) => v + 1)
        return result.ok ? ok(`Removed ${count(result.value.done)}.`) : result
      })
    },
    [deps, notify, runTask]
  )

  /** An automatic backup, when the data changed since the last one. */
  const automatic = useCallback(
    async (onProgress?: (p: Progress) => void): Promise<Result<null, string>> => {
      // Locked, a sealed clinic can be neither read nor changed: the first backup after the
      // next sign-in catches up.
      const sealing = backup.sealing()
      if (sealing.isSealed && !sealing.keys) return ok(null)
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
      encryptPlainBackups,
      removePlainBackups,
      isSealed: backup.sealing().isSealed,
      isBusy: task !== null || (restore !== null && restore.step !== 'done'),
      automaticVersion
    }),
    [
      automaticVersion,
      backUp,
      backup,
      encryptPlainBackups,
      exportCsv,
      exportMeasuresCsv,
      openRestore,
      removePlainBackups,
      restore,
      restoreAutomatic,
      task
    ]
  )

  return (
    <BackupContext.Provider value={actions}>
      {children}
      {task ? <TaskDialog task={task} onClose={() => setTask(null)} /> : null}
      {disclosing === 'sessions' ? (
        <DisclosureDialog
          title="Export sessions to CSV"
          holds="every session, with the patients’ names, diagnoses and notes"
          confirmLabel="Export unencrypted CSV"
          onConfirm={handleConfirmCsv}
          onClose={() => setDisclosing(null)}
        />
      ) : null}
      {disclosing === 'measures' ? (
        <DisclosureDialog
          title="Export measures to CSV"
          holds="every measure recorded, with the patients’ names"
          confirmLabel="Export unencrypted CSV"
          onConfirm={handleConfirmMeasuresCsv}
          onClose={() => setDisclosing(null)}
        />
      ) : null}
      {restore ? (
        <RestoreDialog
          state={restore}
          onChooseFile={handleChooseFile}
          onConfirm={handleConfirm}
          onUnlock={handleUnlock}
          onEditSecret={handleEditSecret}
          onChooseAgain={() => setRestore({ step: 'choose' })}
          onClose={() => setRestore(null)}
        />
      ) : null}
    </BackupContext.Provider>
  )
}
