import '@fontsource-variable/inter'
import '@renderer/styles/global.css'
import '@renderer/styles/narrow.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@renderer/app/App'
import { DataProvider } from '@renderer/lib/data'
import { OpenErrorScreen } from '@renderer/app/OpenErrorScreen'
import { ToastProvider } from '@renderer/components/Toasts'
import { openDatabase, RacepointDB } from '@renderer/db/database'
import { createRepositories } from '@renderer/db/repositories'
import { ClockProvider } from '@renderer/lib/clock'
import { requestPersistentStorage } from '@renderer/lib/storage'

const clock = (): Date => new Date()

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!)
  const db = new RacepointDB()
  const failure = await openDatabase(db)
  if (failure) {
    root.render(<OpenErrorScreen message={failure.message} />)
    return
  }
  const repositories = createRepositories(db, clock)
  // Health records: ask the browser never to clear them to free disk space.
  void requestPersistentStorage()
  root.render(
    <StrictMode>
      <ClockProvider clock={clock}>
        <DataProvider repositories={repositories}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </DataProvider>
      </ClockProvider>
    </StrictMode>
  )
}

void start()
