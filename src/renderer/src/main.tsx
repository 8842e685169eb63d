import '@fontsource-variable/inter'
import '@renderer/styles/global.css'
import '@renderer/styles/narrow.css'
import type { Root as ReactRoot } from 'react-dom/client'
import { createActorHolder } from '@renderer/lib/actor'
import { onRestart, type RestartCarry } from '@renderer/lib/restart'

const clock = (): Date => new Date()

let root: ReactRoot | null = null
let closeCurrent: (() => void) | null = null

/**
 * Starts in steps, each a separate module group the browser evaluates in its own task, so no
 * single task holds up the first frame: the data layer first (Dexie and the schema), which
 * starts opening the clinic's data while React and then the screens load. Starting again
 * (lib/restart.ts) unmounts everything and opens whichever database now holds the clinic.
 */
async function start(carry: RestartCarry | null): Promise<void> {
  const [{ openDatabase }, { clinicDatabase }] = await Promise.all([
    import('@renderer/db/database'),
    import('@renderer/db/sealing/clinicStore')
  ])
  const { db, removedPlain } = await clinicDatabase()
  // A clinic sealed from plain rows: the desktop app removes the old store's files next start.
  if (removedPlain) void import('@renderer/lib/bridge').then((b) => b.retirePlainStore())
  const opened = openDatabase(db)
  const { createRoot } = await import('react-dom/client')
  root ??= createRoot(document.getElementById('root')!)
  // The schema library and the date functions under the repositories are evaluated a step
  // each: together with the clinical model they are one task too long for a frame.
  await import('@shared/domain/common')
  await import('@shared/dates')
  const [failure, { createRepositories }, { requestPersistentStorage }] = await Promise.all([
    opened,
    import('@renderer/db/repositories'),
    import('@renderer/lib/storage')
  ])
  if (failure) {
    const { OpenErrorScreen } = await import('@renderer/app/OpenErrorScreen')
    root.render(<OpenErrorScreen message={failure.message} />)
    return
  }
  const given = carry && 'dataKey' in carry ? carry.dataKey : null
  if (given && db.vault.sealed) db.vault.open(given)
  given?.fill(0)
  currentKey = () => db.vault.currentOrNull?.raw ?? null
  closeCurrent = () => {
    db.vault.close()
    db.close()
  }
  // Who the repositories act as: set by the sign-in, read for every entry of the audit trail.
  const actor = createActorHolder()
  const repositories = createRepositories(db, clock, actor.get)
  // Health records: ask the browser never to clear them to free disk space.
  void requestPersistentStorage()
  const { Root } = await import('@renderer/app/Root')
  root.render(<Root repositories={repositories} clock={clock} actor={actor} />)
}

let currentKey: () => Uint8Array | null = () => null

onRestart((carry) => {
  // A fresh tree on the new database: nothing of the old one's state or queries survives.
  const dataKey = 'keepKey' in carry ? currentKey() : carry.dataKey
  const copy: RestartCarry = { dataKey: dataKey ? dataKey.slice() : null }
  root?.unmount()
  root = null
  closeCurrent?.()
  closeCurrent = null
  void start(copy)
})

void start(null)
