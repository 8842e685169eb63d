import type { SchemaVersion } from './types'

/**
 * Patients (name search on folded words, active/archived/trashed lists by name or by recency),
 * races and sessions by patient and date and clinic-wide by date, settings (one row), drafts of
 * unsaved session forms.
 */
export const v0001Initial: SchemaVersion = {
  version: 1,
  name: 'initial',
  stores: {
    patients: 'id, *searchTerms, [status+sortName], [status+recentAt], updatedAt',
    races: 'id, [patientId+date], date, updatedAt',
    sessions: 'id, [patientId+date], date, updatedAt',
    settings: 'id',
    drafts: 'id, patientId, updatedAt'
  }
}
