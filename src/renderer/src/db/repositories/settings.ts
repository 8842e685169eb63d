import { stampAfter } from '@shared/dates'
import {
  defaultSettings,
  SETTINGS_ID,
  settingsSchema,
  type Settings
} from '@shared/domain/settings'
import { validate } from '@shared/domain/validation'
import { err, ok } from '@shared/result'
import type { RacepointDB } from '../database'
import { appendAudit, type Actor } from './audit'
import { refused, guardCheckedWrite, type Clock, type GuardedResult } from './common'

export type SettingsChange = Partial<Omit<Settings, 'id' | 'updatedAt'>>

export function settingsRepository(db: RacepointDB, clock: Clock, actor: Actor = () => null) {
  /** Stored settings with defaults for anything not yet saved (fields added later included). */
  async function get(): Promise<Settings> {
    const row = await db.settings.get(SETTINGS_ID)
    return row ? settingsSchema.parse(row) : defaultSettings()
  }

  return {
    get,

    /**
     * Saves part of the settings. With `expectedUpdatedAt` (the settings as the section opened
     * them), a save made elsewhere since is a conflict, with the settings as they now stand.
     */
    async update(
      change: SettingsChange,
      { expectedUpdatedAt }: { expectedUpdatedAt?: string | null } = {}
    ): Promise<GuardedResult<Settings>> {
      return guardCheckedWrite<Settings, Settings>(() =>
        db.transaction('rw', db.settings, db.audit, db.credentials, async () => {
          const current = await get()
          const me = actor()
          const isOwnersChange = 'therapists' in change || 'ownerId' in change
          if (
            isOwnersChange &&
            me !== null &&
            current.ownerId !== null &&
            me.id !== current.ownerId
          )
            return err(refused('Only the clinic’s owner can add or change therapists.'))
          if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
            return err({
              kind: 'conflict',
              message: 'The settings were changed elsewhere since you opened them.',
              current
            })
          }
          const valid = validate(settingsSchema, {
            ...current,
            ...change,
            id: SETTINGS_ID,
            updatedAt: stampAfter(clock(), current.updatedAt)
          })
          if (!valid.ok) return valid
          await db.settings.put(valid.value)
          // A therapist made inactive loses their wrapped copy of the clinic's key: nothing on
          // this computer opens the records with their passphrase any more.
          const leaving = valid.value.therapists
            .filter((t) => !t.isActive && current.therapists.find((c) => c.id === t.id)?.isActive)
            .map((t) => t.id)
          if (leaving.length > 0) await db.credentials.bulkDelete(leaving)
          await appendAudit(db, clock, actor, {
            action: 'settings-changed',
            detail: Object.keys(change).sort().join(', ')
          })
          return ok(valid.value)
        })
      )
    }
  }
}

export type SettingsRepository = ReturnType<typeof settingsRepository>
