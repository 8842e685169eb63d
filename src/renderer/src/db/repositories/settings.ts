import {
  defaultSettings,
  SETTINGS_ID,
  settingsSchema,
  type Settings
} from '@shared/domain/settings'
import { validate } from '@shared/domain/validation'
import { ok } from '@shared/result'
import type { RacepointDB } from '../database'
import { guardWrite, type Clock, type WriteResult } from './common'

export type SettingsChange = Partial<Omit<Settings, 'id' | 'updatedAt'>>

export function settingsRepository(db: RacepointDB, clock: Clock) {
  /** Stored settings with defaults for anything not yet saved (fields added later included). */
  async function get(): Promise<Settings> {
    const row = await db.settings.get(SETTINGS_ID)
    return row ? settingsSchema.parse(row) : defaultSettings()
  }

  return {
    get,

    async update(change: SettingsChange): Promise<WriteResult<Settings>> {
      return guardWrite(() =>
        db.transaction('rw', db.settings, async () => {
          const current = await get()
          const valid = validate(settingsSchema, {
            ...current,
            ...change,
            id: SETTINGS_ID,
            updatedAt: clock().toISOString()
          })
          if (!valid.ok) return valid
          await db.settings.put(valid.value)
          return ok(valid.value)
        })
      )
    }
  }
}

export type SettingsRepository = ReturnType<typeof settingsRepository>
