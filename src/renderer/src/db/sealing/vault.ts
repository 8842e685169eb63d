import { clinicKeys, type ClinicKeys } from '@shared/crypto/clinicKey'
import { fromBase64, fromUtf8, toBase64, utf8 } from '@shared/crypto/bytes'
import { openBytes, sealBytes } from '@shared/crypto/seal'
import { OpenedRows } from './openedRows'

const SEALED_TEXT = 'sealed1:'

/**
 * Holds the clinic's keys while a therapist is signed in, and nothing otherwise. `sealed` says
 * whether this database keeps its rows sealed (./middleware.ts): a clinic from before sealing,
 * or one not yet protected by a passphrase, is plain until it is sealed (./sealClinic.ts).
 */
export class Vault {
  private keys: ClinicKeys | null = null
  private listeners = new Set<() => void>()
  /** Rows opened lately; emptied with the keys. */
  readonly opened = new OpenedRows()

  constructor(readonly sealed: boolean) {}

  open(rawKey: Uint8Array): void {
    this.opened.clear()
    this.keys = clinicKeys(rawKey)
    this.listeners.forEach((l) => l())
  }

  /** Drops the keys: nothing sealed can be read or written until the next sign-in. */
  close(): void {
    if (this.keys) this.keys.raw.fill(0)
    this.keys = null
    this.opened.clear()
    this.listeners.forEach((l) => l())
  }

  get isOpen(): boolean {
    return this.keys !== null
  }

  /** The keys, or a LockedError for anyone who asks while no therapist is signed in. */
  get current(): ClinicKeys {
    if (!this.keys) throw new LockedError()
    return this.keys
  }

  get currentOrNull(): ClinicKeys | null {
    return this.keys
  }

  /**
   * Text kept outside IndexedDB (the session form's unload journal in localStorage), sealed
   * synchronously like a row. Null when it cannot be sealed now (locked): it is not written.
   * A plain clinic's text stays as it is.
   */
  sealText(text: string, context: string): string | null {
    if (!this.sealed) return text
    if (!this.keys) return null
    return SEALED_TEXT + toBase64(sealBytes(this.keys.rows, utf8(text), `text:${context}`))
  }

  /** The text again; null when it is sealed and cannot be opened (locked, or another key). */
  openText(stored: string, context: string): string | null {
    if (!stored.startsWith(SEALED_TEXT)) return stored
    if (!this.keys) return null
    try {
      return fromUtf8(
        openBytes(this.keys.rows, fromBase64(stored.slice(SEALED_TEXT.length)), `text:${context}`)
      )
    } catch {
      return null
    }
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export class LockedError extends Error {
  constructor() {
    super('Racepoint is locked: sign in to read or change the clinic’s records.')
    this.name = 'LockedError'
  }
}
