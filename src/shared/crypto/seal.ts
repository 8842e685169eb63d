import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { concatBytes, fromUtf8, randomBytes, utf8 } from './bytes'

/**
 * Sealing a row's content: XChaCha20-Poly1305 (authenticated encryption with a random 192-bit
 * nonce, so random nonces never repeat in practice however many rows a clinic writes). It runs
 * synchronously: an IndexedDB transaction ends at the first await on anything else, and rows
 * are sealed and opened inside transactions. The additional data binds each sealed value to
 * its table and key, so a value copied onto another row does not open.
 */
const NONCE_BYTES = 24

export class SealError extends Error {
  constructor(message = 'This data cannot be opened with the clinic’s key.') {
    super(message)
    this.name = 'SealError'
  }
}

export function sealBytes(key: Uint8Array, plain: Uint8Array, context: string): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES)
  const sealed = xchacha20poly1305(key, nonce, utf8(context)).encrypt(plain)
  return concatBytes(nonce, sealed)
}

export function openBytes(key: Uint8Array, sealed: Uint8Array, context: string): Uint8Array {
  if (sealed.length < NONCE_BYTES + 16) throw new SealError()
  try {
    return xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES), utf8(context)).decrypt(
      sealed.subarray(NONCE_BYTES)
    )
  } catch {
    throw new SealError()
  }
}

export const sealJson = (key: Uint8Array, value: unknown, context: string): Uint8Array =>
  sealBytes(key, utf8(JSON.stringify(value)), context)

export const openJson = (key: Uint8Array, sealed: Uint8Array, context: string): unknown =>
  JSON.parse(fromUtf8(openBytes(key, sealed, context)))
