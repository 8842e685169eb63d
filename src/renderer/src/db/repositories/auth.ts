import { RECOVERY_ID, type Credential } from '@shared/domain/auth/credential'
import {
  hashSecret,
  newRecoveryCode,
  normaliseRecoveryCode,
  openSecret,
  protectSecret
} from '@shared/domain/auth/hash'
import { newDataKey } from '@shared/crypto/clinicKey'
import { sealClinic, type SealProgress } from '../sealing/clinicStore'
import { passphraseProblem } from '@shared/domain/auth/passphrase'
import { SIGN_IN_FAILED, signInWaitSeconds } from '@shared/domain/auth/signIn'
import type { TherapistRef } from '@shared/domain/session'
import { SETTINGS_ID, settingsSchema, type Settings } from '@shared/domain/settings'
import { validationFailure } from '@shared/domain/validation'
import { err, ok, type Result } from '@shared/result'
import type { RacepointDB } from '../database'
import { appendAudit, type Actor } from './audit'
import { guardWrite, refused, type WriteFailure } from './common'
import type { Clock } from './common'

export type SignInFailure =
  { kind: 'refused'; message: string } | { kind: 'wait'; message: string; seconds: number }

/** A therapist whose passphrase was set before the clinic was sealed holds no key. */
export const NEEDS_NEW_PASSPHRASE =
  'Racepoint now encrypts this clinic’s records, and your passphrase has to be set again to open them. Ask the clinic’s owner to reset it in Settings → Therapists.'

export type Checked = { credential: Credential; dataKey: Uint8Array | null }

async function settingsOf(db: RacepointDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID)
  return settingsSchema.parse(row ?? { id: SETTINGS_ID })
}

const refName = (settings: Settings, id: string): TherapistRef | null => {
  const t = settings.therapists.find((x) => x.id === id)
  return t ? { id: t.id, name: t.name } : null
}

/**
 * Therapists' passphrases and the clinic's recovery code: kept only as slow salted hashes
 * (shared/domain/auth/hash), checked here, with every sign-in, failure and change in the trail.
 * Hashing runs before the transaction (an await on WebCrypto would end it early); the
 * credential and its trail entry are then written together.
 */
export function authRepository(db: RacepointDB, clock: Clock, actor: Actor) {
  const stamp = (): string => clock().toISOString()

  async function failedTry(credential: Credential | undefined, tried: string): Promise<void> {
    await db.transaction('rw', db.credentials, db.audit, async () => {
      if (credential) {
        const current = (await db.credentials.get(credential.id)) ?? credential
        await db.credentials.put({
          ...current,
          failures: current.failures + 1,
          lastFailureAt: stamp()
        })
      }
      await appendAudit(db, clock, actor, {
        action: 'sign-in-failed',
        by: null,
        recordId: tried
      })
    })
  }

  /** Seconds the next try for this credential must still wait; 0 when it may go ahead. */
  function waitLeft(credential: Credential): number {
    const wait = signInWaitSeconds(credential.failures)
    if (wait === 0 || !credential.lastFailureAt) return 0
    const until = Date.parse(credential.lastFailureAt) + wait * 1000
    return Math.max(0, Math.ceil((until - clock().getTime()) / 1000))
  }

  async function check(id: string, secret: string): Promise<Result<Checked, SignInFailure>> {
    const credential = await db.credentials.get(id)
    if (credential) {
      const seconds = waitLeft(credential)
      if (seconds > 0)
        return err({
          kind: 'wait',
          seconds,
          message: `Too many tries. Wait ${seconds} seconds before the next one.`
        })
    }
    const opened = credential ? await openSecret(secret, credential, id) : { matches: false }
    if (!credential || !opened.matches) {
      await failedTry(credential, id)
      return err({ kind: 'refused', message: SIGN_IN_FAILED })
    }
    return ok({ credential, dataKey: 'dataKey' in opened ? opened.dataKey : null })
  }

  /** The clinic's data key as the signed-in therapist holds it, to wrap it for another. */
  function openKey(): Uint8Array | null {
    return db.vault.sealed ? db.vault.current.raw : null
  }

  /** A credential for a secret: in a sealed clinic it holds the clinic's key, wrapped. */
  async function credentialFor(id: string, secret: string, dataKey: Uint8Array | null) {
    const base = { id, failures: 0, lastFailureAt: null, updatedAt: stamp() }
    // A plain clinic (not sealed yet) keeps the hash alone, as before.
    if (!dataKey) return { ...base, ...(await hashSecret(secret)) } satisfies Credential
    return { ...base, ...(await protectSecret(secret, dataKey, id)) } satisfies Credential
  }

  async function store(
    id: string,
    secret: string,
    note: Parameters<typeof appendAudit>[3] | null,
    dataKey: Uint8Array | null = openKey()
  ): Promise<void> {
    const credential = await credentialFor(id, secret, dataKey)
    await db.transaction('rw', db.credentials, db.audit, async () => {
      await db.credentials.put(credential)
      if (note) await appendAudit(db, clock, actor, note)
    })
  }

  /**
   * Seals a plain clinic with a new data key: `ownerId`'s passphrase and a new recovery code
   * get wrapped copies; every other credential is kept as it was (holding no key, its
   * therapist is asked for a new passphrase). Returns the new recovery code. The page then
   * restarts on the sealed database (lib/restart.ts).
   */
  async function sealWith(
    therapistId: string,
    passphrase: string,
    onProgress: (p: SealProgress) => void
  ): Promise<{ code: string; dataKey: Uint8Array }> {
    const dataKey = newDataKey()
    const code = newRecoveryCode()
    const [mine, recovery, others] = await Promise.all([
      credentialFor(therapistId, passphrase, dataKey),
      credentialFor(RECOVERY_ID, normaliseRecoveryCode(code), dataKey),
      db.credentials.toArray()
    ])
    const kept = others.filter((c) => c.id !== therapistId && c.id !== RECOVERY_ID)
    await sealClinic(db, dataKey, [mine, recovery, ...kept], { onProgress })
    return { code, dataKey }
  }

  return {
    /** Which therapists can sign in (have a passphrase). */
    async withPassphrase(): Promise<Set<string>> {
      return new Set((await db.credentials.toCollection().primaryKeys()).map(String))
    },

    /** Signs a therapist in; the message of a failure never says which part was wrong. */
    async signIn(
      therapistId: string,
      passphrase: string
    ): Promise<Result<TherapistRef, SignInFailure>> {
      const settings = await settingsOf(db)
      const who = refName(settings, therapistId)
      const active = settings.therapists.find((t) => t.id === therapistId)?.isActive === true
      const checked = await check(therapistId, passphrase)
      if (!checked.ok) return checked
      if (!who || !active) {
        await failedTry(undefined, therapistId)
        return err({ kind: 'refused', message: SIGN_IN_FAILED })
      }
      const { credential, dataKey } = checked.value
      if (db.vault.sealed) {
        if (!dataKey) return err({ kind: 'refused', message: NEEDS_NEW_PASSPHRASE })
        db.vault.open(dataKey)
      }
      await db.transaction('rw', db.credentials, db.audit, async () => {
        await db.credentials.put({ ...credential, failures: 0, lastFailureAt: null })
        await appendAudit(db, clock, actor, { action: 'signed-in', by: who })
      })
      return ok(who)
    },

    /** Whether this clinic's records are sealed; a plain one is sealed at the next sign-in. */
    isSealed: (): boolean => db.vault.sealed,
    /** Whether the clinic's key is open (a therapist signed in, in this window). */
    isOpen: (): boolean => db.vault.isOpen,
    /** Called when the key opens or closes (what is readable changes). */
    onKeyChange: (listener: () => void): (() => void) => db.vault.onChange(listener),
    /** Drops the clinic's key from memory (locking, signing out). */
    closeKey: (): void => db.vault.close(),

    /**
     * Seals a plain clinic (one from before sealing) as the therapist who just signed in:
     * their passphrase checked again, every row copied sealed with progress, all or nothing.
     */
    async seal(
      therapistId: string,
      passphrase: string,
      onProgress: (p: SealProgress) => void
    ): Promise<Result<{ code: string; dataKey: Uint8Array }, SignInFailure>> {
      if (db.vault.sealed)
        return err({ kind: 'refused', message: 'This clinic is sealed already.' })
      const checked = await check(therapistId, passphrase)
      if (!checked.ok) return checked
      return ok(await sealWith(therapistId, passphrase, onProgress))
    },

    /**
     * A clinic without any passphrase (new, or from before sign-in): its owner sets the
     * first one, a recovery code is made for the day every passphrase is forgotten, and the
     * clinic is sealed with a new key. Refused, next to the field, by NIST SP 800-63B's rules.
     */
    async protect(
      ownerId: string,
      passphrase: string,
      onProgress: (p: SealProgress) => void = () => undefined
    ): Promise<Result<{ code: string; dataKey: Uint8Array }, WriteFailure>> {
      const settings = await settingsOf(db)
      const who = refName(settings, ownerId)
      if (!who) return err(refused('That therapist is not in this clinic.'))
      if ((await db.credentials.count()) > 0)
        return err(refused('This clinic is protected already.'))
      const problem = passphraseProblem(passphrase, { names: [who.name, settings.clinic.name] })
      if (problem) return err(validationFailure({ passphrase: problem }))
      return guardWrite(async () => {
        await db.settings.put({ ...settings, ownerId, updatedAt: stamp() })
        return ok(await sealWith(ownerId, passphrase, onProgress))
      })
    },

    /** The signed-in therapist's passphrase again, for a deliberate act (signing a note). */
    async confirm(therapistId: string, passphrase: string): Promise<Result<null, SignInFailure>> {
      const checked = await check(therapistId, passphrase)
      if (!checked.ok) return checked
      const { credential, dataKey } = checked.value
      if (db.vault.sealed && !dataKey)
        return err({ kind: 'refused', message: NEEDS_NEW_PASSPHRASE })
      // Unlocking after a lock opens the key again.
      if (dataKey && db.vault.sealed && !db.vault.isOpen) db.vault.open(dataKey)
      if (credential.failures > 0)
        await db.credentials.put({ ...credential, failures: 0, lastFailureAt: null })
      return ok(null)
    },

    /**
     * Sets a therapist's passphrase: their own (any therapist), or another's (the owner only,
     * when adding a therapist or resetting a forgotten one). Refused, next to the field, when
     * NIST SP 800-63B's rules refuse it.
     */
    async setPassphrase(
      therapistId: string,
      passphrase: string,
      { isNew = false }: { isNew?: boolean } = {}
    ): Promise<Result<null, WriteFailure>> {
      const settings = await settingsOf(db)
      const who = refName(settings, therapistId)
      if (!who) return err(refused('That therapist is not in this clinic.'))
      const me = actor()
      const isOwn = me?.id === therapistId
      if (!isOwn && me !== null && me.id !== settings.ownerId)
        return err(refused('Only the clinic’s owner can set another therapist’s passphrase.'))
      const problem = passphraseProblem(passphrase, {
        names: [who.name, settings.clinic.name]
      })
      if (problem) return err(validationFailure({ passphrase: problem }))
      return guardWrite(async () => {
        await store(
          therapistId,
          passphrase,
          me === null
            ? null
            : {
                action: isNew
                  ? 'therapist-added'
                  : isOwn
                    ? 'passphrase-changed'
                    : 'passphrase-reset',
                recordId: therapistId,
                detail: who.name
              }
        )
        return ok(null)
      })
    },

    /** Keeps the hash of a new recovery code (at set-up, or when the owner makes a new one). */
    async setRecoveryCode(code: string): Promise<Result<null, WriteFailure>> {
      return guardWrite(async () => {
        await store(RECOVERY_ID, normaliseRecoveryCode(code), null)
        return ok(null)
      })
    },

    /**
     * The way back in when every passphrase is forgotten: the recovery code sets a new
     * passphrase for the clinic's owner.
     */
    async recover(
      code: string,
      newPassphrase: string
    ): Promise<Result<TherapistRef, SignInFailure | WriteFailure>> {
      const settings = await settingsOf(db)
      const owner = settings.ownerId ? refName(settings, settings.ownerId) : null
      if (!owner) return err(refused('This clinic has no owner to recover.'))
      const problem = passphraseProblem(newPassphrase, {
        names: [owner.name, settings.clinic.name]
      })
      if (problem) return err(validationFailure({ passphrase: problem }))
      const checked = await check(RECOVERY_ID, normaliseRecoveryCode(code))
      if (!checked.ok) return checked
      const { credential, dataKey } = checked.value
      if (db.vault.sealed && !dataKey) return err({ kind: 'refused', message: SIGN_IN_FAILED })
      if (dataKey && db.vault.sealed) db.vault.open(dataKey)
      await store(
        owner.id,
        newPassphrase,
        { action: 'recovery-code-used', by: owner, recordId: owner.id },
        dataKey
      )
      await db.credentials.put({ ...credential, failures: 0, lastFailureAt: null })
      return ok(owner)
    }
  }
}

export type AuthRepository = ReturnType<typeof authRepository>
