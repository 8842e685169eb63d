import { hkdf } from '@noble/hashes/hkdf.js'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { randomBytes, toBase64Url, utf8 } from './bytes'

/**
 * The clinic's data key: 256 random bits made once, when a clinic is first protected. It is
 * never written down as it is: each therapist's passphrase and the recovery code keep a
 * wrapped copy (./wrap.ts). From it come, by HKDF-SHA-256, one key per use, so a key for one
 * purpose reveals nothing of another.
 */
export type ClinicKeys = {
  /** Seals rows and their fields in IndexedDB (./seal.ts). */
  rows: Uint8Array
  /** Keys the search tokens (./tokens.ts). */
  tokens: Uint8Array
  /** Seals backup files. */
  backups: Uint8Array
  /** Names the key without revealing it: backups and databases of one clinic share it. */
  id: string
  /** The data key itself, kept only to wrap it for another therapist. */
  raw: Uint8Array
}

export const DATA_KEY_BYTES = 32

export const newDataKey = (): Uint8Array<ArrayBuffer> => randomBytes(DATA_KEY_BYTES)

const sub = (key: Uint8Array, info: string): Uint8Array =>
  hkdf(sha256, key, undefined, utf8(`racepoint ${info} v1`), 32)

export function clinicKeys(raw: Uint8Array): ClinicKeys {
  if (raw.length !== DATA_KEY_BYTES) throw new Error('A clinic data key is 32 bytes.')
  return {
    rows: sub(raw, 'rows'),
    tokens: sub(raw, 'search tokens'),
    backups: sub(raw, 'backups'),
    id: toBase64Url(hmac(sha256, raw, utf8('racepoint key id v1')).subarray(0, 12)),
    raw: raw.slice()
  }
}
