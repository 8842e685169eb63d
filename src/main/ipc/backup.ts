import { z } from 'zod'
import type { FileTarget } from '../../shared/ipc'
import { ok } from '../../shared/result'
import { createAtomicFile } from '../files/atomicFile'
import { BACKUP_NAME_PATTERN } from '../backup/names'
import type { BackupStore } from '../backup/store'
import type { Transfers } from '../backup/transfers'
import type { Log } from '../log'
import type { Handler } from './handle'

/** The largest piece of a file the renderer may send in one message. */
export const MAX_CHUNK_BYTES = 32 * 1024 * 1024

export type BackupIpcDeps = {
  store: BackupStore
  transfers: Transfers
  /** Shows the save dialog; the chosen path, or null when the user cancels. */
  chooseSavePath: (format: 'backup' | 'csv', suggestedName: string) => Promise<string | null>
  newId: () => string
  /** The renderer finished its last backup before closing. */
  onQuitReady: () => void
  log: Log
}

const transferId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a transfer id')

/** Only a plain file name is suggested to the save dialog: no folders, no other extensions. */
const suggestedName = z
  .string()
  .max(120)
  .regex(/^[\w .()-]+\.(json|racepoint|csv)$/, 'not a file name')

const fileTarget: z.ZodType<FileTarget> = z.discriminatedUnion('target', [
  z.object({
    target: z.literal('save'),
    format: z.enum(['backup', 'csv']),
    suggestedName
  }),
  z.object({
    target: z.literal('auto'),
    kind: z.enum(['auto', 'before-restore']),
    isSealed: z.boolean(),
    replaces: z
      .string()
      .regex(BACKUP_NAME_PATTERN, 'not the name of an automatic backup')
      .optional()
  })
])

type BackupChannel =
  | 'backup:begin'
  | 'backup:write'
  | 'backup:commit'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:read'
  | 'backup:remove'
  | 'backup:quit-ready'

export function backupHandlers(deps: BackupIpcDeps): { [C in BackupChannel]: Handler<C> } {
  const { store, transfers } = deps
  return {
    'backup:begin': {
      request: fileTarget,
      run: async (target) => {
        const slot = transfers.reserve()
        try {
          if (target.target === 'auto') {
            const { replaces } = target
            const { name, file } = await store.begin(target.kind, {
              isSealed: target.isSealed,
              ...(replaces ? { replaces } : {})
            })
            const id = slot.start(file, name, 'auto', async ({ size }) => {
              // The plain copy goes only once its sealed replacement is safely on disk.
              if (replaces) await store.remove(replaces)
              const removed = await store.prune()
              deps.log.info('backup.saved', { kind: target.kind, bytes: size })
              if (removed.length > 0) deps.log.info('backup.pruned', { count: removed.length })
            })
            return ok({ transferId: id, fileName: name })
          }
          const path = await deps.chooseSavePath(target.format, target.suggestedName)
          if (!path) return ok(null)
          const file = await createAtomicFile(path, deps.newId())
          const name = path.split(/[\\/]/).pop() ?? path
          const id = slot.start(file, name, 'save', async ({ size }) => {
            deps.log.info('backup.saved', { kind: target.format, bytes: size })
          })
          return ok({ transferId: id, fileName: name })
        } finally {
          slot.release()
        }
      }
    },
    'backup:write': {
      request: z.object({
        transferId,
        chunk: z
          .instanceof(Uint8Array)
          .refine((c) => c.byteLength <= MAX_CHUNK_BYTES, 'the piece is too large')
      }),
      run: async ({ transferId: id, chunk }) => {
        await transfers.write(id, chunk)
        return ok(null)
      }
    },
    'backup:commit': {
      request: z.object({ transferId }),
      run: async ({ transferId: id }) => ok(await transfers.commit(id))
    },
    'backup:abort': {
      request: z.object({ transferId }),
      run: async ({ transferId: id }) => {
        await transfers.abort(id)
        return ok(null)
      }
    },
    'backup:list': {
      request: z.null(),
      run: async () => ok({ folder: store.folder, backups: await store.list() })
    },
    'backup:read': {
      request: z.object({
        name: z.string().regex(BACKUP_NAME_PATTERN, 'not the name of an automatic backup'),
        offset: z.number().int().min(0)
      }),
      run: async ({ name, offset }) => ok(await store.read(name, offset))
    },
    'backup:remove': {
      request: z.object({
        name: z.string().regex(BACKUP_NAME_PATTERN, 'not the name of an automatic backup')
      }),
      run: async ({ name }) => {
        await store.remove(name)
        deps.log.info('backup.removed', { count: 1 })
        return ok(null)
      }
    },
    'backup:quit-ready': {
      request: z.null(),
      run: async () => {
        deps.onQuitReady()
        return ok(null)
      }
    }
  }
}
