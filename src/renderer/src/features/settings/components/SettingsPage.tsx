import type { Settings } from '@shared/domain/settings'
import { PageHeader } from '../../../components/PageHeader'
import { BackupSection } from '../../backup/components/BackupSection'
import { SheetTextsSection } from '../../sheets/components/SheetTextsSection'
import { AboutSection } from './AboutSection'
import { ClinicSection } from './ClinicSection'
import { PreferencesSection } from './PreferencesSection'
import { TherapistsSection } from './TherapistsSection'
import '../settings.css'

export type SettingsPageProps = { settings: Settings }

export function SettingsPage({ settings }: SettingsPageProps) {
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Your clinic’s details, therapists and preferences" />
      <div className="settings">
        <ClinicSection settings={settings} />
        <TherapistsSection settings={settings} />
        <PreferencesSection settings={settings} />
        <SheetTextsSection settings={settings} />
        <BackupSection />
        <AboutSection />
      </div>
    </div>
  )
}
