import type { ReactNode } from 'react'
import { PageHeader } from '@renderer/components/PageHeader'
import '../settings.css'

export type SettingsPageProps = {
  /** The sections, in order; the app puts in those other features own (sheet texts, backups). */
  children: ReactNode
}

export function SettingsPage({ children }: SettingsPageProps) {
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Your clinic’s details, therapists and preferences" />
      <div className="settings">{children}</div>
    </div>
  )
}
