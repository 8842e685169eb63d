import {
  BackupProvider,
  useBackupActions
} from '@renderer/features/backup/components/BackupProvider'
import { useSettings } from '@renderer/features/settings/hooks/useSettings'
import { WelcomeScreen } from '@renderer/features/welcome/components/WelcomeScreen'
import type { Settings } from '@shared/domain/settings'
import { AuthProvider, useAuth, type ActorHolder } from '@renderer/lib/auth'
import { SignInScreen } from '@renderer/features/signin/components/SignInScreen'
import { AppShell } from './AppShell'

/** A new clinic starts at the welcome screen, which can restore a backup from another computer. */
function Welcome() {
  const { openRestore } = useBackupActions()
  return <WelcomeScreen onRestore={openRestore} />
}

/** The clinic opens only to a signed-in therapist; locked, nothing of it is in the window. */
function SignedInApp({ settings }: { settings: Settings }) {
  const { state } = useAuth()
  if (state.status !== 'signed-in') return <SignInScreen settings={settings} />
  return <AppShell settings={settings} />
}

export function App({ actor }: { actor: ActorHolder }) {
  const settings = useSettings()
  if (settings === undefined) return <div className="splash" aria-busy="true" />
  return (
    <BackupProvider>
      {settings.isSetUp ? (
        <AuthProvider actor={actor} lockMinutes={settings.lockMinutes}>
          <SignedInApp settings={settings} />
        </AuthProvider>
      ) : (
        <Welcome />
      )}
    </BackupProvider>
  )
}
