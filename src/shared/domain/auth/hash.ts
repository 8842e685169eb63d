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

const toBase64 = (bytes: Uint8Array): string => {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text)
}
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

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
  const expected = fromBase64(stored.hash)
  if (derived.length !== expected.length) return false
  let difference = 0
  for (let i = 0; i < derived.length; i++) difference |= derived[i]! ^ expected[i]!
  return difference === 0
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
