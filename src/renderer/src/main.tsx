import '@fontsource-variable/inter'
import '@renderer/styles/global.css'
import '@renderer/styles/narrow.css'
import { createActorHolder } from '@renderer/lib/actor'

const clock = (): Date => new Date()

/**
 * Starts in steps, each a separate module group the browser evaluates in its own task, so no
 * single task holds up the first frame: the data layer first (Dexie and the schema), which
 * starts opening the clinic's data while React and then the screens load.
 */
async function start(): Promise<void> {
  const { openDatabase, RacepointDB } = await import('@renderer/db/database')
  const db = new RacepointDB()
  const opened = openDatabase(db)
  const { createRoot } = await import('react-dom/client')
  const root = createRoot(document.getElementById('root')!)
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
  // Who the repositories act as: set by the sign-in, read for every entry of the audit trail.
  const actor = createActorHolder()
  const repositories = createRepositories(db, clock, actor.get)
  // Health records: ask the browser never to clear them to free disk space.
  void requestPersistentStorage()
  const { Root } = await import('@renderer/app/Root')
  root.render(<Root repositories={repositories} clock={clock} actor={actor} />)
}

void start()
