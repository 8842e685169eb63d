import type { Settings } from '@shared/domain/settings'
import { BackupSection } from '@renderer/features/backup/components/BackupSection'
import { AboutSection } from '@renderer/features/settings/components/AboutSection'
import { ClinicSection } from '@renderer/features/settings/components/ClinicSection'
import { PreferencesSection } from '@renderer/features/settings/components/PreferencesSection'
import { SettingsPage } from '@renderer/features/settings/components/SettingsPage'
import { TherapistsSection } from '@renderer/features/settings/components/TherapistsSection'
import { SheetTextsSection } from '@renderer/features/sheets/components/SheetTextsSection'

export type SettingsScreenProps = { settings: Settings }

/** Settings gathers sections from several features: each owns its own. */
export function SettingsScreen({ settings }: SettingsScreenProps) {
  return (
    <SettingsPage>
      <ClinicSection settings={settings} />
      <TherapistsSection settings={settings} />
      <PreferencesSection settings={settings} />
      <SheetTextsSection settings={settings} />
      <BackupSection />
      <AboutSection />
    </SettingsPage>
  )
}
