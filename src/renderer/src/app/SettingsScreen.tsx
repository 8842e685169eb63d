import type { Settings } from '@shared/domain/settings'
import { BackupSection } from '@renderer/features/backup/components/BackupSection'
import { AboutSection } from '@renderer/features/settings/components/AboutSection'
import { ClinicSection } from '@renderer/features/settings/components/ClinicSection'
import { PreferencesSection } from '@renderer/features/settings/components/PreferencesSection'
import { MeasuresSettingsSection } from '@renderer/features/settings/components/MeasuresSettingsSection'
import { SettingsPage } from '@renderer/features/settings/components/SettingsPage'
import { TherapistsSection } from '@renderer/features/settings/components/TherapistsSection'
import { SheetTextsSection } from '@renderer/features/sheets/components/SheetTextsSection'
import { PassphraseSection } from '@renderer/features/settings/components/PassphraseSection'
import { AuditSection } from '@renderer/features/audit/components/AuditSection'
import { useSignedIn } from '@renderer/lib/auth'

export type SettingsScreenProps = { settings: Settings }

/** Settings gathers sections from several features: each owns its own. */
export function SettingsScreen({ settings }: SettingsScreenProps) {
  const me = useSignedIn()
  const isOwner = settings.ownerId === null || settings.ownerId === me.id
  return (
    <SettingsPage>
      <ClinicSection settings={settings} />
      <TherapistsSection settings={settings} isOwner={isOwner} />
      <PassphraseSection />
      <PreferencesSection settings={settings} />
      <MeasuresSettingsSection settings={settings} />
      <SheetTextsSection settings={settings} />
      <BackupSection />
      <AuditSection settings={settings} isOwner={isOwner} />
      <AboutSection />
    </SettingsPage>
  )
}
