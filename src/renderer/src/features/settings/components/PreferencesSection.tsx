import { useState, type FormEvent } from 'react'
import {
  DEFAULT_RACE_WINDOW,
  DEFAULT_RETENTION_YEARS,
  type Settings
} from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { DEFAULT_LOCK_MINUTES } from '@shared/domain/auth/signIn'
import { shortcutLabel } from '@shared/commands'

const lockShortcut =
  shortcutLabel('lock', navigator.platform.toLowerCase().includes('mac')) ?? 'the Lock button'
import { UnitsSelect } from '@renderer/components/UnitsSelect'
import { useSettingsWrites } from '../hooks/useSettingsWrites'

/** A whole number typed into a field, or NaN so validation names the field. */
const toInt = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN)

export function PreferencesSection({ settings }: { settings: Settings }) {
  const { save, errors, isSaving, dialog } = useSettingsWrites(settings, {
    onTheirs: (current) => {
      setUnits(current.units)
      setPaperSize(current.paperSize)
      setAnyRaceHours(String(current.raceWindow.anyRaceHours))
      setARaceDays(String(current.raceWindow.aRaceDays))
      setRetentionYears(String(current.retentionYears))
      setLockMinutes(String(current.lockMinutes))
    }
  })
  const [units, setUnits] = useState(settings.units)
  const [paperSize, setPaperSize] = useState(settings.paperSize)
  const [anyRaceHours, setAnyRaceHours] = useState(String(settings.raceWindow.anyRaceHours))
  const [aRaceDays, setARaceDays] = useState(String(settings.raceWindow.aRaceDays))
  const [retentionYears, setRetentionYears] = useState(String(settings.retentionYears))
  const [lockMinutes, setLockMinutes] = useState(String(settings.lockMinutes))

  const handleSubmit = (e: FormEvent): void => {
    e.preventDefault()
    void save(
      {
        units,
        paperSize,
        raceWindow: { anyRaceHours: toInt(anyRaceHours), aRaceDays: toInt(aRaceDays) },
        retentionYears: toInt(retentionYears),
        lockMinutes: toInt(lockMinutes)
      },
      'Preferences saved'
    )
  }

  return (
    <section className="card settings-section" aria-labelledby="prefs-title">
      <div className="settings-section__intro">
        <h2 id="prefs-title">Preferences</h2>
        <p>
          Units, paper, when needling close to a race is flagged, and how long signed records are
          kept.
        </p>
      </div>
      <form autoComplete="off" onSubmit={handleSubmit} noValidate>
        <div className="form-grid">
          <Field label="Distances in">
            <UnitsSelect value={units} onChange={setUnits} />
          </Field>
          <Field label="Paper size">
            <select
              className="select"
              value={paperSize}
              onChange={(e) => setPaperSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}
            >
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </Field>
          <Field
            label="Flag needling within this many hours before any race"
            error={errors['raceWindow.anyRaceHours']}
            hint={`Default ${DEFAULT_RACE_WINDOW.anyRaceHours} h: post-needling soreness usually settles by about 72 hours.`}
          >
            <input
              className="input"
              inputMode="numeric"
              value={anyRaceHours}
              onChange={(e) => setAnyRaceHours(e.target.value)}
            />
          </Field>
          <Field
            label="Flag needling within this many days before an A race"
            error={errors['raceWindow.aRaceDays']}
            hint={`Default ${DEFAULT_RACE_WINDOW.aRaceDays} days, inside the usual taper before a goal race.`}
          >
            <input
              className="input"
              inputMode="numeric"
              value={aRaceDays}
              onChange={(e) => setARaceDays(e.target.value)}
            />
          </Field>
          <Field
            label="Lock Racepoint after this many minutes without use"
            error={errors.lockMinutes}
            hint={`Default ${DEFAULT_LOCK_MINUTES}. It also locks when the computer locks or sleeps, and with ${lockShortcut}.`}
          >
            <input
              className="input"
              inputMode="numeric"
              value={lockMinutes}
              onChange={(e) => setLockMinutes(e.target.value)}
            />
          </Field>
          <Field
            label="Keep signed records for this many years"
            error={errors.retentionYears}
            hint={`Counted from a patient's last signed session; default ${DEFAULT_RETENTION_YEARS}. Check the period your state or country sets.`}
          >
            <input
              className="input"
              inputMode="numeric"
              value={retentionYears}
              onChange={(e) => setRetentionYears(e.target.value)}
            />
          </Field>
        </div>
        <p className="muted small" style={{ marginTop: 12 }}>
          These windows are your clinic’s settings, not clinical rules: no published source fixes a
          “no needling before a race” window. Racepoint only warns; it never blocks a session.
        </p>
        <div className="settings-section__actions">
          <button type="submit" className="btn btn--primary" disabled={isSaving}>
            Save preferences
          </button>
        </div>
      </form>
      {dialog}
    </section>
  )
}
