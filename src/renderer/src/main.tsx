import '@fontsource-variable/inter'
import './styles/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { DataProvider } from './app/DataProvider'
import { OpenErrorScreen } from './app/OpenErrorScreen'
import { ToastProvider } from './components/Toasts'
import { openDatabase, RacepointDB } from './db/database'
import { createRepositories } from './db/repositories'
import { ClockProvider } from './lib/clock'
import { requestPersistentStorage } from './lib/storage'

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
