import { BackupProvider } from '../features/backup/components/BackupProvider'
import { useSettings } from '../features/settings/hooks/useSettings'
import { WelcomeScreen } from '../features/welcome/components/WelcomeScreen'
import { AppShell } from './AppShell'

export function App() {
  const settings = useSettings()
  if (settings === undefined) return <div className="splash" aria-busy="true" />
  return (
    <BackupProvider>
      {settings.isSetUp ? <AppShell settings={settings} /> : <WelcomeScreen />}
    </BackupProvider>
  )
}
