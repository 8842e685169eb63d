import { fromBase64, sameBytes, toBase64 } from '../../crypto/bytes'
import { encodeVerifier, unwrapDataKey, verifierMatches, wrapDataKey } from '../../crypto/wrap'

/**
 * Passphrases and the recovery code are kept only as a slow salted hash: PBKDF2 with
 * HMAC-SHA-256 and 600,000 iterations (the OWASP figure for PBKDF2-SHA-256 meeting NIST SP
 * 800-63B's memorised-secret rules), through WebCrypto, which computes it off the page's main
 * thread, so typing and the spinner never freeze.
 */
export const PBKDF2_ITERATIONS = 600_000
const SALT_BYTES = 16
const HASH_BITS = 256

export type SecretHash = { salt: string; hash: string; iterations: number }

/**
 * Scheme 2 (since the clinic's data is sealed): `hash` is a verifier derived from the
 * passphrase's master secret, and `wrapped` the clinic's data key wrapped under it
 * (shared/crypto/wrap.ts). Scheme 1, from before, kept the master secret itself as `hash`.
 */
export type ProtectedSecret = SecretHash & { scheme: 2; wrapped: string }

async function derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFKC')),
    'PBKDF2',
    false,
    ['deriveBits']
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS
  )
  return new Uint8Array(bits)
}

/** The master secret of a passphrase with a stored salt. */
export const deriveMaster = (secret: string, salt: string, iterations: number) =>
  derive(secret, fromBase64(salt), iterations)

/** A credential that verifies the secret and keeps the clinic's data key wrapped under it. */
export async function protectSecret(
  secret: string,
  dataKey: Uint8Array,
  credentialId: string,
  iterations: number = PBKDF2_ITERATIONS
): Promise<ProtectedSecret> {
  const saltBytes = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const master = await derive(secret, saltBytes, iterations)
  return {
    salt: toBase64(saltBytes),
    hash: encodeVerifier(master),
    iterations,
    scheme: 2,
    wrapped: await wrapDataKey(master, dataKey, credentialId)
  }
}

export type OpenedSecret =
  | { matches: false }
  /** `dataKey` is null for a scheme-1 credential, which holds no wrapped key. */
  | { matches: true; dataKey: Uint8Array | null }

/** Checks a secret against a credential of either scheme and unwraps the data key it holds. */
export async function openSecret(
  secret: string,
  stored: SecretHash & { scheme?: number; wrapped?: string | null },
  credentialId: string
): Promise<OpenedSecret> {
  const master = await derive(secret, fromBase64(stored.salt), stored.iterations)
  if (stored.scheme !== 2) {
    return sameBytes(master, fromBase64(stored.hash))
      ? { matches: true, dataKey: null }
      : { matches: false }
  }
  if (!verifierMatches(master, stored.hash)) return { matches: false }
  const dataKey = stored.wrapped ? await unwrapDataKey(master, stored.wrapped, credentialId) : null
  return dataKey ? { matches: true, dataKey } : { matches: false }
}

export async function hashSecret(
  secret: string,
  iterations: number = PBKDF2_ITERATIONS
): Promise<SecretHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  return {
    salt: toBase64(salt),
    hash: toBase64(await derive(secret, salt, iterations)),
    iterations
  }
}

/** Compares in constant time, so the time taken says nothing about how much matched. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const derived = await derive(secret, fromBase64(stored.salt), stored.iterations)
  return sameBytes(derived, fromBase64(stored.hash))
}

/** Base32 without look-alike letters: a code read off paper is typed back without doubt. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A recovery code of 100 random bits, as five groups of four: "K7QP-2MXD-...". */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20))
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join('')
  return chars.match(/.{4}/g)!.join('-')
}

/** The code as typed, tidied: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(text: string): string {
  const chars = text.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return chars.match(/.{1,4}/g)?.join('-') ?? ''
}
