import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { concatBytes, fromBase64, randomBytes, sameBytes, toBase64, utf8 } from './bytes'

/**
 * One slow derivation of a passphrase (PBKDF2, see shared/domain/auth/hash.ts) gives a master
 * secret M that is never stored. From M come two independent values: the verifier kept on disk
 * (HMAC(M, "verify")), which cannot be turned back into M, and the key that wraps the clinic's
 * data key (HMAC(M, "wrap")). So reading the stored hash gives nothing that opens the data.
 * Wrapping is AES-256-GCM through WebCrypto, bound to the credential it belongs to.
 */
export const verifierOf = (master: Uint8Array): Uint8Array =>
  hmac(sha256, master, utf8('racepoint verify v2'))

const wrappingKeyOf = (master: Uint8Array): Uint8Array =>
  hmac(sha256, master, utf8('racepoint wrap v2'))

async function aesKey(raw: Uint8Array, use: 'encrypt' | 'decrypt') {
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [use])
}

const IV_BYTES = 12

/** The data key wrapped under a master secret, for one credential (its id is bound in). */
export async function wrapDataKey(
  master: Uint8Array,
  dataKey: Uint8Array,
  credentialId: string
): Promise<string> {
  const iv = randomBytes(IV_BYTES)
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(`credential:${credentialId}`) },
    await aesKey(wrappingKeyOf(master), 'encrypt'),
    new Uint8Array(dataKey)
  )
  return toBase64(concatBytes(iv, new Uint8Array(sealed)))
}

/** The data key, or null when this master secret does not open the wrapped copy. */
export async function unwrapDataKey(
  master: Uint8Array,
  wrapped: string,
  credentialId: string
): Promise<Uint8Array | null> {
  const bytes = fromBase64(wrapped)
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.subarray(0, IV_BYTES),
        additionalData: utf8(`credential:${credentialId}`)
      },
      await aesKey(wrappingKeyOf(master), 'decrypt'),
      bytes.subarray(IV_BYTES)
    )
    return new Uint8Array(plain)
  } catch {
    return null
  }
}

export const verifierMatches = (master: Uint8Array, stored: string): boolean =>
  sameBytes(verifierOf(master), fromBase64(stored))

export const encodeVerifier = (master: Uint8Array): string => toBase64(verifierOf(master))
