import { clinicKeys, type ClinicKeys } from '@shared/crypto/clinicKey'

/**
 * Holds the clinic's keys while a therapist is signed in, and nothing otherwise. `sealed` says
 * whether this database keeps its rows sealed (./middleware.ts): a clinic from before sealing,
 * or one not yet protected by a passphrase, is plain until it is sealed (./sealClinic.ts).
 */
export class Vault {
  private keys: ClinicKeys | null = null
  private listeners = new Set<() => void>()

  constructor(readonly sealed: boolean) {}

  open(rawKey: Uint8Array): void {
    this.keys = clinicKeys(rawKey)
    this.listeners.forEach((l) => l())
  }

  /** Drops the keys: nothing sealed can be read or written until the next sign-in. */
  close(): void {
    if (this.keys) this.keys.raw.fill(0)
    this.keys = null
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
