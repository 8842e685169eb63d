import {
  BackupProvider,
  useBackupActions
} from '@renderer/features/backup/components/BackupProvider'
import { useSettings } from '@renderer/features/settings/hooks/useSettings'
import { WelcomeScreen } from '@renderer/features/welcome/components/WelcomeScreen'
import { AppShell } from './AppShell'

/** A new clinic starts at the welcome screen, which can restore a backup from another computer. */
function Welcome() {
  const { openRestore } = useBackupActions()
  return <WelcomeScreen onRestore={openRestore} />
}

export function App() {
  const settings = useSettings()
  if (settings === undefined) return <div className="splash" aria-busy="true" />
  return (
    <BackupProvider>
      {settings.isSetUp ? <AppShell settings={settings} /> : <Welcome />}
    </BackupProvider>
  )
}
