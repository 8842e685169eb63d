import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { toBase64Url, utf8 } from './bytes'

type Keyed = ReturnType<typeof hmac.create>

/**
 * The HMAC with its key already absorbed (the inner and outer pads hashed once), kept per key
 * object: a token is then two SHA-256 blocks instead of four, which matters when sealing a
 * clinic hashes every prefix of every name. The cache is weak, so a key dropped on lock is
 * collected with its state.
 */
const keyedStates = new WeakMap<Uint8Array, Keyed>()

function keyed(key: Uint8Array): Keyed {
  let state = keyedStates.get(key)
  if (!state) {
    state = hmac.create(sha256, key)
    keyedStates.set(key, state)
  }
  return state
}

/**
 * Search tokens: a name's folded words cannot sit in an index in the clear, so each prefix of
 * each word is stored as a keyed HMAC-SHA-256 (128 bits of it). A query word is looked up by
 * its own token with one equality read, as before; without the key the tokens say nothing,
 * though how many patients share a token (say, a first letter) is visible.
 */
export const searchToken = (key: Uint8Array, word: string): string =>
  toBase64Url(
    keyed(key)
      .clone()
      .update(utf8(`search:${word}`))
      .digest()
      .subarray(0, 16)
  )

/** Every prefix of every term, once: "zoe" -> z, zo, zoe. */
export function prefixesOf(terms: readonly string[]): string[] {
  const out = new Set<string>()
  for (const term of terms) {
    const chars = [...term]
    for (let i = 1; i <= chars.length; i++) out.add(chars.slice(0, i).join(''))
  }
  return [...out]
}

export const searchTokensFor = (key: Uint8Array, terms: readonly string[]): string[] =>
  prefixesOf(terms).map((p) => searchToken(key, p))
